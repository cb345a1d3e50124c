-- DropIndex
DROP INDEX "Report_status_idx";

-- DropIndex
DROP INDEX "Report_year_idx";

-- CreateIndex
CREATE INDEX "Measure_reportId_idx" ON "Measure"("reportId");

-- CreateIndex
CREATE INDEX "Report_submittedAt_id_idx" ON "Report"("submittedAt", "id");

-- CreateIndex
CREATE INDEX "Report_status_submittedAt_id_idx" ON "Report"("status", "submittedAt", "id");

-- CreateIndex
CREATE INDEX "Report_year_submittedAt_id_idx" ON "Report"("year", "submittedAt", "id");

-- CreateIndex
CREATE INDEX "Report_organisationId_submittedAt_id_idx" ON "Report"("organisationId", "submittedAt", "id");

-- CreateIndex
CREATE INDEX "Report_assigneeId_submittedAt_id_idx" ON "Report"("assigneeId", "submittedAt", "id");

-- CreateIndex
CREATE INDEX "ReportArea_areaId_reportId_idx" ON "ReportArea"("areaId", "reportId");

-- CreateIndex
CREATE INDEX "ReportCategory_categoryId_reportId_idx" ON "ReportCategory"("categoryId", "reportId");

-- CreateIndex
CREATE INDEX "ReportPartner_organisationId_reportId_idx" ON "ReportPartner"("organisationId", "reportId");

-- CreateIndex
CREATE INDEX "ReviewCategory_categoryId_idx" ON "ReviewCategory"("categoryId");
