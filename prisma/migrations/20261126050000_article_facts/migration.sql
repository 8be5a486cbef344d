-- CreateEnum
CREATE TYPE "OutcomeSide" AS ENUM ('VIETNAM', 'JAPAN', 'BOTH', 'OTHER');

-- AlterEnum
-- This migration adds more than one value to an enum.
-- With PostgreSQL versions 11 and earlier, this is not possible
-- in a single migration. This can be worked around by creating
-- multiple migrations, each migration adding only one value to
-- the enum.


ALTER TYPE "Measure" ADD VALUE 'ODA_PROJECTS_UNDER_WAY';
ALTER TYPE "Measure" ADD VALUE 'ODA_VALUE_UNDER_WAY';
ALTER TYPE "Measure" ADD VALUE 'WORKERS_SENT_ABROAD';

-- AlterEnum
ALTER TYPE "Basis" ADD VALUE 'ANNUAL_RATE';

-- AlterTable
ALTER TABLE "Meeting" ADD COLUMN     "dateIsUpperBound" BOOLEAN NOT NULL DEFAULT false;

-- AlterTable
ALTER TABLE "MeetingSector" ADD COLUMN     "investmentSought" BOOLEAN NOT NULL DEFAULT false;

-- AlterTable
ALTER TABLE "Outcome" ADD COLUMN     "side" "OutcomeSide";

-- AlterTable
ALTER TABLE "Observation" ADD COLUMN     "valueHigh" DECIMAL(24,4);

-- CreateTable
CREATE TABLE "AttendeeGroup" (
    "id" SERIAL NOT NULL,
    "meetingId" INTEGER NOT NULL,
    "side" "Side" NOT NULL,
    "name" JSONB NOT NULL,
    "position" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "AttendeeGroup_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "AttendeeGroup_meetingId_idx" ON "AttendeeGroup"("meetingId");

-- AddForeignKey
ALTER TABLE "AttendeeGroup" ADD CONSTRAINT "AttendeeGroup_meetingId_fkey" FOREIGN KEY ("meetingId") REFERENCES "Meeting"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- A range's high end lies above its low end (the figure form says so in words first)
ALTER TABLE "Observation" ADD CONSTRAINT "Observation_range_check" CHECK ("valueHigh" IS NULL OR "valueHigh" > "value");
