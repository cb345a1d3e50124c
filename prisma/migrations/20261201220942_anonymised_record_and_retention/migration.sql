-- The anonymised version of a case moves out of Report into its own table, which is all the arbetsgrupp reads;
-- cases get what gallring (retention) needs.

-- CreateEnum
CREATE TYPE "RedactionState" AS ENUM ('UTKAST', 'GODKAND');

-- CreateTable
CREATE TABLE "AnonymisedCase" (
    "reportId" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "sections" JSONB NOT NULL,
    "dismissedFindings" JSONB NOT NULL DEFAULT '[]',
    "eventMonth" TEXT,
    "ageGroup" "AgeGroup",
    "ageGroupWithheld" BOOLEAN NOT NULL DEFAULT false,
    "organisationId" TEXT,
    "organisationWithheld" BOOLEAN NOT NULL DEFAULT false,
    "reporterHuvudman" "Huvudman",
    "partnerOrganisationIds" TEXT[],
    "partnerHuvudman" "Huvudman"[],
    "state" "RedactionState" NOT NULL DEFAULT 'UTKAST',
    "redactedById" TEXT NOT NULL,
    "redactedAt" TIMESTAMP(3) NOT NULL,
    "approvedById" TEXT,
    "approvedAt" TIMESTAMP(3),
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "AnonymisedCase_pkey" PRIMARY KEY ("reportId")
);

-- Existing anonymised texts become records: approved where the case already passed AVIDENTIFIERAD.
INSERT INTO "AnonymisedCase" (
    "reportId", "year", "sections", "eventMonth", "ageGroup", "organisationId", "reporterHuvudman",
    "partnerOrganisationIds", "partnerHuvudman", "state", "redactedById", "redactedAt", "approvedById", "approvedAt",
    "updatedAt"
)
SELECT
    r."id",
    r."year",
    jsonb_build_array(
        jsonb_build_object('key', 'description', 'label', 'Händelsen', 'text', r."anonymisedDescription"),
        jsonb_build_object('key', 'actionsTaken', 'label', 'Vidtagna åtgärder', 'text', COALESCE(r."anonymisedActionsTaken", '')),
        jsonb_build_object('key', 'measures', 'label', 'Överenskomna åtgärder', 'text', COALESCE(r."anonymisedMeasures", ''))
    ),
    COALESCE(r."eventMonth", to_char(r."eventDate", 'YYYY-MM')),
    r."ageGroup",
    r."organisationId",
    o."huvudman",
    COALESCE((SELECT array_agg(p."organisationId") FROM "ReportPartner" p WHERE p."reportId" = r."id" AND p."organisationId" IS NOT NULL), ARRAY[]::TEXT[]),
    COALESCE((SELECT array_agg(po."huvudman") FROM "ReportPartner" p JOIN "Organisation" po ON po."id" = p."organisationId" WHERE p."reportId" = r."id"), ARRAY[]::"Huvudman"[]),
    CASE WHEN r."status" IN ('AVIDENTIFIERAD', 'AVSLUTAD') THEN 'GODKAND'::"RedactionState" ELSE 'UTKAST'::"RedactionState" END,
    COALESCE(r."anonymisedById", ''),
    COALESCE(r."anonymisedAt", r."updatedAt"),
    CASE WHEN r."status" IN ('AVIDENTIFIERAD', 'AVSLUTAD') THEN r."anonymisedById" END,
    CASE WHEN r."status" IN ('AVIDENTIFIERAD', 'AVSLUTAD') THEN COALESCE(r."anonymisedAt", r."updatedAt") END,
    COALESCE(r."anonymisedAt", r."updatedAt")
FROM "Report" r
JOIN "Organisation" o ON o."id" = r."organisationId"
WHERE r."anonymisedDescription" IS NOT NULL;

-- AlterTable
ALTER TABLE "Report" DROP COLUMN "anonymisedActionsTaken",
DROP COLUMN "anonymisedAt",
DROP COLUMN "anonymisedById",
DROP COLUMN "anonymisedDescription",
DROP COLUMN "anonymisedMeasures",
ADD COLUMN     "closedAt" TIMESTAMP(3),
ADD COLUMN     "erasedAt" TIMESTAMP(3),
ADD COLUMN     "identifierConfirmations" JSONB,
ADD COLUMN     "legalHoldAt" TIMESTAMP(3),
ADD COLUMN     "legalHoldById" TEXT,
ADD COLUMN     "legalHoldReason" TEXT;

-- Closed cases: the retention period counts from the last change to AVSLUTAD in the audit log.
UPDATE "Report" r SET "closedAt" = COALESCE(
    (SELECT max(a."createdAt") FROM "AuditLog" a
     WHERE a."reportId" = r."id" AND a."action" = 'CASE_STATUS_CHANGED' AND a."data"->>'to' = 'AVSLUTAD'),
    r."updatedAt")
WHERE r."status" = 'AVSLUTAD';

-- CreateIndex
CREATE INDEX "AnonymisedCase_year_state_idx" ON "AnonymisedCase"("year", "state");

-- CreateIndex
CREATE INDEX "Report_closedAt_idx" ON "Report"("closedAt");

-- AddForeignKey
ALTER TABLE "AnonymisedCase" ADD CONSTRAINT "AnonymisedCase_reportId_fkey" FOREIGN KEY ("reportId") REFERENCES "Report"("id") ON DELETE CASCADE ON UPDATE CASCADE;
