-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "Country" AS ENUM ('VN', 'JP');

-- CreateEnum
CREATE TYPE "PlaceKind" AS ENUM ('COUNTRY', 'PROVINCE', 'CITY', 'PREFECTURE', 'MUNICIPALITY');

-- CreateEnum
CREATE TYPE "DatePrecision" AS ENUM ('DAY', 'MONTH', 'YEAR');

-- CreateEnum
CREATE TYPE "SourceKind" AS ENUM ('PRIMARY', 'SECONDARY', 'MIRROR');

-- CreateEnum
CREATE TYPE "RelationshipKind" AS ENUM ('FRIENDSHIP_AGREEMENT', 'MEMORANDUM_OF_COOPERATION', 'LETTER_OF_INTENT', 'SISTER_CITY', 'INFORMAL_FRIENDLY_RELATIONS');

-- CreateEnum
CREATE TYPE "RelationshipStatus" AS ENUM ('PROPOSED', 'SIGNED', 'ACTIVE', 'LAPSED');

-- CreateEnum
CREATE TYPE "Evidence" AS ENUM ('DOCUMENTED', 'STATED', 'PROPOSAL_ONLY');

-- CreateEnum
CREATE TYPE "MeetingKind" AS ENUM ('VISIT', 'CONFERENCE', 'FORUM', 'SIGNING', 'RECEPTION', 'SEMINAR', 'WORKING_SESSION', 'CULTURAL_EVENT');

-- CreateEnum
CREATE TYPE "Side" AS ENUM ('VIETNAM', 'JAPAN', 'OTHER');

-- CreateEnum
CREATE TYPE "Commitment" AS ENUM ('PROPOSED', 'AGREED', 'PLEDGED');

-- CreateEnum
CREATE TYPE "FollowUp" AS ENUM ('NOT_STARTED', 'IN_PROGRESS', 'DONE', 'STALLED', 'UNKNOWN');

-- CreateEnum
CREATE TYPE "Measure" AS ENUM ('FDI_PROJECTS', 'FDI_REGISTERED_CAPITAL', 'ODA_PROJECTS', 'ODA_VALUE', 'EXPORTS', 'IMPORTS', 'TRADE', 'WORKERS', 'GRDP', 'GRDP_GROWTH', 'AREA', 'POPULATION');

-- CreateEnum
CREATE TYPE "Unit" AS ENUM ('COUNT', 'USD', 'VND', 'KM2', 'PERSONS', 'PERCENT');

-- CreateEnum
CREATE TYPE "Basis" AS ENUM ('STOCK', 'FLOW');

-- CreateEnum
CREATE TYPE "Qualifier" AS ENUM ('EXACT', 'ABOUT', 'OVER', 'NEARLY');

-- CreateEnum
CREATE TYPE "Role" AS ENUM ('EDITOR', 'ADMIN');

-- CreateEnum
CREATE TYPE "EntityType" AS ENUM ('PLACE', 'RELATIONSHIP', 'MEETING', 'PERSON', 'OBSERVATION', 'SOURCE');

-- CreateEnum
CREATE TYPE "RevisionAction" AS ENUM ('SAVE', 'PUBLISH', 'RESTORE', 'DELETE');

-- CreateTable
CREATE TABLE "Place" (
    "id" SERIAL NOT NULL,
    "slug" TEXT NOT NULL,
    "kind" "PlaceKind" NOT NULL,
    "country" "Country" NOT NULL,
    "name" JSONB NOT NULL,
    "summary" JSONB,
    "parentId" INTEGER,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Place_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Territory" (
    "id" SERIAL NOT NULL,
    "placeId" INTEGER NOT NULL,
    "validFrom" DATE,
    "validFromPrecision" "DatePrecision" NOT NULL DEFAULT 'DAY',
    "validTo" DATE,
    "note" JSONB,

    CONSTRAINT "Territory_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "TerritorySuccession" (
    "predecessorId" INTEGER NOT NULL,
    "successorId" INTEGER NOT NULL,
    "effectiveOn" DATE NOT NULL,
    "note" JSONB,
    "sourceId" INTEGER,

    CONSTRAINT "TerritorySuccession_pkey" PRIMARY KEY ("predecessorId","successorId")
);

-- CreateTable
CREATE TABLE "Source" (
    "id" SERIAL NOT NULL,
    "publisher" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "url" TEXT NOT NULL,
    "publishedOn" DATE,
    "publishedPrecision" "DatePrecision" NOT NULL DEFAULT 'DAY',
    "kind" "SourceKind" NOT NULL DEFAULT 'PRIMARY',
    "note" JSONB,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Source_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Relationship" (
    "id" SERIAL NOT NULL,
    "slug" TEXT NOT NULL,
    "vietnamesePlaceId" INTEGER NOT NULL,
    "japanesePlaceId" INTEGER NOT NULL,
    "kind" "RelationshipKind" NOT NULL,
    "status" "RelationshipStatus" NOT NULL,
    "statusAsOf" DATE,
    "evidence" "Evidence" NOT NULL,
    "since" DATE,
    "sincePrecision" "DatePrecision" NOT NULL DEFAULT 'DAY',
    "sinceInferred" BOOLEAN NOT NULL DEFAULT false,
    "endedOn" DATE,
    "summary" JSONB NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Relationship_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RelationshipSource" (
    "relationshipId" INTEGER NOT NULL,
    "sourceId" INTEGER NOT NULL,

    CONSTRAINT "RelationshipSource_pkey" PRIMARY KEY ("relationshipId","sourceId")
);

-- CreateTable
CREATE TABLE "Sector" (
    "id" SERIAL NOT NULL,
    "slug" TEXT NOT NULL,
    "name" JSONB NOT NULL,

    CONSTRAINT "Sector_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Person" (
    "id" SERIAL NOT NULL,
    "name" JSONB NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Person_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Meeting" (
    "id" SERIAL NOT NULL,
    "slug" TEXT NOT NULL,
    "kind" "MeetingKind" NOT NULL,
    "title" JSONB NOT NULL,
    "summary" JSONB NOT NULL,
    "startsOn" DATE NOT NULL,
    "endsOn" DATE,
    "datePrecision" "DatePrecision" NOT NULL DEFAULT 'DAY',
    "dateNote" JSONB,
    "venue" JSONB,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Meeting_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MeetingPlace" (
    "meetingId" INTEGER NOT NULL,
    "placeId" INTEGER NOT NULL,

    CONSTRAINT "MeetingPlace_pkey" PRIMARY KEY ("meetingId","placeId")
);

-- CreateTable
CREATE TABLE "Participant" (
    "id" SERIAL NOT NULL,
    "meetingId" INTEGER NOT NULL,
    "personId" INTEGER NOT NULL,
    "side" "Side" NOT NULL,
    "title" JSONB,
    "organisation" JSONB,
    "position" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "Participant_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MeetingSector" (
    "meetingId" INTEGER NOT NULL,
    "sectorId" INTEGER NOT NULL,

    CONSTRAINT "MeetingSector_pkey" PRIMARY KEY ("meetingId","sectorId")
);

-- CreateTable
CREATE TABLE "Outcome" (
    "id" SERIAL NOT NULL,
    "meetingId" INTEGER NOT NULL,
    "description" JSONB NOT NULL,
    "commitment" "Commitment" NOT NULL,
    "followUp" "FollowUp" NOT NULL DEFAULT 'UNKNOWN',
    "followUpNote" JSONB,
    "position" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "Outcome_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MeetingSource" (
    "meetingId" INTEGER NOT NULL,
    "sourceId" INTEGER NOT NULL,

    CONSTRAINT "MeetingSource_pkey" PRIMARY KEY ("meetingId","sourceId")
);

-- CreateTable
CREATE TABLE "InvestmentPriority" (
    "placeId" INTEGER NOT NULL,
    "sectorId" INTEGER NOT NULL,
    "note" JSONB,
    "sourceId" INTEGER NOT NULL,

    CONSTRAINT "InvestmentPriority_pkey" PRIMARY KEY ("placeId","sectorId")
);

-- CreateTable
CREATE TABLE "Observation" (
    "id" SERIAL NOT NULL,
    "territoryId" INTEGER NOT NULL,
    "counterpartId" INTEGER,
    "measure" "Measure" NOT NULL,
    "value" DECIMAL(24,4) NOT NULL,
    "qualifier" "Qualifier" NOT NULL DEFAULT 'EXACT',
    "unit" "Unit" NOT NULL,
    "basis" "Basis" NOT NULL,
    "asOf" DATE NOT NULL,
    "periodStart" DATE,
    "precision" "DatePrecision" NOT NULL DEFAULT 'DAY',
    "isEstimate" BOOLEAN NOT NULL DEFAULT false,
    "rank" INTEGER,
    "rankOf" INTEGER,
    "note" JSONB,
    "sourceId" INTEGER NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Observation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "User" (
    "id" SERIAL NOT NULL,
    "email" TEXT NOT NULL,
    "name" TEXT,
    "passwordHash" TEXT NOT NULL,
    "role" "Role" NOT NULL,
    "disabledAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "User_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Session" (
    "id" SERIAL NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "userId" INTEGER NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lastSeenAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expiresAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Session_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SignInFailure" (
    "id" SERIAL NOT NULL,
    "email" TEXT NOT NULL,
    "ip" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SignInFailure_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "WorkingCopy" (
    "id" SERIAL NOT NULL,
    "entityType" "EntityType" NOT NULL,
    "entityId" INTEGER,
    "data" JSONB NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "publishedVersion" INTEGER,
    "updatedById" INTEGER NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "WorkingCopy_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Revision" (
    "id" SERIAL NOT NULL,
    "workingCopyId" INTEGER NOT NULL,
    "version" INTEGER NOT NULL,
    "action" "RevisionAction" NOT NULL,
    "data" JSONB NOT NULL,
    "authorId" INTEGER NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Revision_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AuditEvent" (
    "id" SERIAL NOT NULL,
    "action" TEXT NOT NULL,
    "actorId" INTEGER,
    "subject" TEXT,
    "detail" JSONB,
    "ip" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AuditEvent_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Place_slug_key" ON "Place"("slug");

-- CreateIndex
CREATE INDEX "Territory_placeId_idx" ON "Territory"("placeId");

-- CreateIndex
CREATE INDEX "TerritorySuccession_successorId_idx" ON "TerritorySuccession"("successorId");

-- CreateIndex
CREATE UNIQUE INDEX "Source_url_key" ON "Source"("url");

-- CreateIndex
CREATE UNIQUE INDEX "Relationship_slug_key" ON "Relationship"("slug");

-- CreateIndex
CREATE INDEX "Relationship_vietnamesePlaceId_idx" ON "Relationship"("vietnamesePlaceId");

-- CreateIndex
CREATE INDEX "Relationship_japanesePlaceId_idx" ON "Relationship"("japanesePlaceId");

-- CreateIndex
CREATE INDEX "RelationshipSource_sourceId_idx" ON "RelationshipSource"("sourceId");

-- CreateIndex
CREATE UNIQUE INDEX "Sector_slug_key" ON "Sector"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "Meeting_slug_key" ON "Meeting"("slug");

-- CreateIndex
CREATE INDEX "Meeting_startsOn_idx" ON "Meeting"("startsOn");

-- CreateIndex
CREATE INDEX "MeetingPlace_placeId_idx" ON "MeetingPlace"("placeId");

-- CreateIndex
CREATE INDEX "Participant_meetingId_idx" ON "Participant"("meetingId");

-- CreateIndex
CREATE INDEX "Participant_personId_idx" ON "Participant"("personId");

-- CreateIndex
CREATE INDEX "MeetingSector_sectorId_idx" ON "MeetingSector"("sectorId");

-- CreateIndex
CREATE INDEX "Outcome_meetingId_idx" ON "Outcome"("meetingId");

-- CreateIndex
CREATE INDEX "MeetingSource_sourceId_idx" ON "MeetingSource"("sourceId");

-- CreateIndex
CREATE INDEX "Observation_territoryId_measure_counterpartId_idx" ON "Observation"("territoryId", "measure", "counterpartId");

-- CreateIndex
CREATE INDEX "Observation_sourceId_idx" ON "Observation"("sourceId");

-- CreateIndex
CREATE UNIQUE INDEX "User_email_key" ON "User"("email");

-- CreateIndex
CREATE UNIQUE INDEX "Session_tokenHash_key" ON "Session"("tokenHash");

-- CreateIndex
CREATE INDEX "Session_userId_idx" ON "Session"("userId");

-- CreateIndex
CREATE INDEX "SignInFailure_email_createdAt_idx" ON "SignInFailure"("email", "createdAt");

-- CreateIndex
CREATE INDEX "SignInFailure_ip_createdAt_idx" ON "SignInFailure"("ip", "createdAt");

-- CreateIndex
CREATE INDEX "WorkingCopy_entityType_updatedAt_idx" ON "WorkingCopy"("entityType", "updatedAt");

-- CreateIndex
CREATE UNIQUE INDEX "WorkingCopy_entityType_entityId_key" ON "WorkingCopy"("entityType", "entityId");

-- CreateIndex
CREATE INDEX "Revision_workingCopyId_createdAt_idx" ON "Revision"("workingCopyId", "createdAt");

-- CreateIndex
CREATE INDEX "AuditEvent_createdAt_idx" ON "AuditEvent"("createdAt");

-- AddForeignKey
ALTER TABLE "Place" ADD CONSTRAINT "Place_parentId_fkey" FOREIGN KEY ("parentId") REFERENCES "Place"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Territory" ADD CONSTRAINT "Territory_placeId_fkey" FOREIGN KEY ("placeId") REFERENCES "Place"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TerritorySuccession" ADD CONSTRAINT "TerritorySuccession_predecessorId_fkey" FOREIGN KEY ("predecessorId") REFERENCES "Territory"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TerritorySuccession" ADD CONSTRAINT "TerritorySuccession_successorId_fkey" FOREIGN KEY ("successorId") REFERENCES "Territory"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TerritorySuccession" ADD CONSTRAINT "TerritorySuccession_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "Source"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Relationship" ADD CONSTRAINT "Relationship_vietnamesePlaceId_fkey" FOREIGN KEY ("vietnamesePlaceId") REFERENCES "Place"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Relationship" ADD CONSTRAINT "Relationship_japanesePlaceId_fkey" FOREIGN KEY ("japanesePlaceId") REFERENCES "Place"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RelationshipSource" ADD CONSTRAINT "RelationshipSource_relationshipId_fkey" FOREIGN KEY ("relationshipId") REFERENCES "Relationship"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RelationshipSource" ADD CONSTRAINT "RelationshipSource_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "Source"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MeetingPlace" ADD CONSTRAINT "MeetingPlace_meetingId_fkey" FOREIGN KEY ("meetingId") REFERENCES "Meeting"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MeetingPlace" ADD CONSTRAINT "MeetingPlace_placeId_fkey" FOREIGN KEY ("placeId") REFERENCES "Place"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Participant" ADD CONSTRAINT "Participant_meetingId_fkey" FOREIGN KEY ("meetingId") REFERENCES "Meeting"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Participant" ADD CONSTRAINT "Participant_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MeetingSector" ADD CONSTRAINT "MeetingSector_meetingId_fkey" FOREIGN KEY ("meetingId") REFERENCES "Meeting"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MeetingSector" ADD CONSTRAINT "MeetingSector_sectorId_fkey" FOREIGN KEY ("sectorId") REFERENCES "Sector"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Outcome" ADD CONSTRAINT "Outcome_meetingId_fkey" FOREIGN KEY ("meetingId") REFERENCES "Meeting"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MeetingSource" ADD CONSTRAINT "MeetingSource_meetingId_fkey" FOREIGN KEY ("meetingId") REFERENCES "Meeting"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MeetingSource" ADD CONSTRAINT "MeetingSource_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "Source"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InvestmentPriority" ADD CONSTRAINT "InvestmentPriority_placeId_fkey" FOREIGN KEY ("placeId") REFERENCES "Place"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InvestmentPriority" ADD CONSTRAINT "InvestmentPriority_sectorId_fkey" FOREIGN KEY ("sectorId") REFERENCES "Sector"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InvestmentPriority" ADD CONSTRAINT "InvestmentPriority_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "Source"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Observation" ADD CONSTRAINT "Observation_territoryId_fkey" FOREIGN KEY ("territoryId") REFERENCES "Territory"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Observation" ADD CONSTRAINT "Observation_counterpartId_fkey" FOREIGN KEY ("counterpartId") REFERENCES "Place"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Observation" ADD CONSTRAINT "Observation_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "Source"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Session" ADD CONSTRAINT "Session_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WorkingCopy" ADD CONSTRAINT "WorkingCopy_updatedById_fkey" FOREIGN KEY ("updatedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Revision" ADD CONSTRAINT "Revision_workingCopyId_fkey" FOREIGN KEY ("workingCopyId") REFERENCES "WorkingCopy"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Revision" ADD CONSTRAINT "Revision_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AuditEvent" ADD CONSTRAINT "AuditEvent_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;
