-- DropIndex
DROP INDEX "Report_status_idx";

-- CreateIndex
CREATE INDEX "Measure_reportId_idx" ON "Measure"("reportId");

-- CreateIndex
CREATE INDEX "Report_submittedAt_idx" ON "Report"("submittedAt");

-- CreateIndex
CREATE INDEX "Report_status_submittedAt_idx" ON "Report"("status", "submittedAt");

-- CreateIndex
CREATE INDEX "Report_organisationId_idx" ON "Report"("organisationId");

-- CreateIndex
CREATE INDEX "Report_assigneeId_idx" ON "Report"("assigneeId");

-- CreateIndex
CREATE INDEX "ReportArea_areaId_idx" ON "ReportArea"("areaId");

-- CreateIndex
CREATE INDEX "ReportCategory_categoryId_idx" ON "ReportCategory"("categoryId");

-- CreateIndex
CREATE INDEX "ReportPartner_organisationId_idx" ON "ReportPartner"("organisationId");

-- CreateIndex
CREATE INDEX "ReviewCategory_categoryId_idx" ON "ReviewCategory"("categoryId");
