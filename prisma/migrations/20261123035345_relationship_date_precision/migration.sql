-- AlterTable
ALTER TABLE "Relationship" ADD COLUMN     "endedPrecision" "DatePrecision" NOT NULL DEFAULT 'DAY',
ADD COLUMN     "statusAsOfPrecision" "DatePrecision" NOT NULL DEFAULT 'DAY';

-- Rows written before this migration were shown at month precision. Keep that until the
-- seed (npm run db:seed) or an editor records the precision the source gives.
UPDATE "Relationship" SET "statusAsOfPrecision" = 'MONTH' WHERE "statusAsOf" IS NOT NULL;
