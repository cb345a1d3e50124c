-- CreateTable
CREATE TABLE "FollowUpCode" (
    "id" TEXT NOT NULL,
    "reportId" TEXT NOT NULL,
    "codeHash" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "FollowUpCode_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "FollowUpCode_codeHash_key" ON "FollowUpCode"("codeHash");

-- CreateIndex
CREATE INDEX "FollowUpCode_reportId_idx" ON "FollowUpCode"("reportId");

-- AddForeignKey
ALTER TABLE "FollowUpCode" ADD CONSTRAINT "FollowUpCode_reportId_fkey" FOREIGN KEY ("reportId") REFERENCES "Report"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Keep every code already issued working: move it into the new table before the column goes.
INSERT INTO "FollowUpCode" ("id", "reportId", "codeHash", "createdAt")
SELECT gen_random_uuid()::text, "id", "followUpCodeHash", "submittedAt" FROM "Report";

-- DropIndex
DROP INDEX "Report_followUpCodeHash_key";

-- AlterTable
ALTER TABLE "Report" DROP COLUMN "followUpCodeHash";
