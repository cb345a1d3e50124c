-- AlterTable
ALTER TABLE "Report" ADD COLUMN     "anonymisedActionsTaken" TEXT,
ADD COLUMN     "anonymisedAt" TIMESTAMP(3),
ADD COLUMN     "anonymisedById" TEXT,
ADD COLUMN     "anonymisedDescription" TEXT,
ADD COLUMN     "anonymisedMeasures" TEXT;
