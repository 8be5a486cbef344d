-- CreateTable
CREATE TABLE "RefusedForm" (
    "id" UUID NOT NULL,
    "userId" INTEGER NOT NULL,
    "state" JSONB NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "RefusedForm_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "RefusedForm_createdAt_idx" ON "RefusedForm"("createdAt");

-- AddForeignKey
ALTER TABLE "RefusedForm" ADD CONSTRAINT "RefusedForm_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;
