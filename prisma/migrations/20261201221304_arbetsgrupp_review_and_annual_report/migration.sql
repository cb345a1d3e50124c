-- CreateTable
CREATE TABLE "CaseReview" (
    "reportId" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "comment" TEXT NOT NULL DEFAULT '',
    "isReportExample" BOOLEAN NOT NULL DEFAULT false,
    "isFocusCase" BOOLEAN NOT NULL DEFAULT false,
    "reviewedById" TEXT NOT NULL,
    "reviewedAt" TIMESTAMP(3) NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "CaseReview_pkey" PRIMARY KEY ("reportId")
);

-- CreateTable
CREATE TABLE "ReviewCategory" (
    "reportId" TEXT NOT NULL,
    "categoryId" TEXT NOT NULL,

    CONSTRAINT "ReviewCategory_pkey" PRIMARY KEY ("reportId","categoryId")
);

-- CreateTable
CREATE TABLE "AnnualReport" (
    "year" INTEGER NOT NULL,
    "sections" JSONB NOT NULL,
    "updatedById" TEXT NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "AnnualReport_pkey" PRIMARY KEY ("year")
);

-- CreateTable
CREATE TABLE "AnnualReportVersion" (
    "id" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "sections" JSONB NOT NULL,
    "savedById" TEXT NOT NULL,
    "savedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AnnualReportVersion_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "CaseReview_year_idx" ON "CaseReview"("year");

-- CreateIndex
CREATE INDEX "AnnualReportVersion_year_savedAt_idx" ON "AnnualReportVersion"("year", "savedAt");

-- AddForeignKey
ALTER TABLE "CaseReview" ADD CONSTRAINT "CaseReview_reportId_fkey" FOREIGN KEY ("reportId") REFERENCES "Report"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReviewCategory" ADD CONSTRAINT "ReviewCategory_reportId_fkey" FOREIGN KEY ("reportId") REFERENCES "CaseReview"("reportId") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReviewCategory" ADD CONSTRAINT "ReviewCategory_categoryId_fkey" FOREIGN KEY ("categoryId") REFERENCES "Category"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AnnualReportVersion" ADD CONSTRAINT "AnnualReportVersion_year_fkey" FOREIGN KEY ("year") REFERENCES "AnnualReport"("year") ON DELETE CASCADE ON UPDATE CASCADE;
