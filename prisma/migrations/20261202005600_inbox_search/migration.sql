-- The inbox's free-text search: full-text search in Swedish over a stored tsvector for whole words in any
-- inflection, and trigrams for parts of words and references. The embedded PGlite loads pg_trgm at start
-- (lib/db/pglite-extensions.ts); PostgreSQL has it in contrib, and it is a trusted extension.
CREATE EXTENSION IF NOT EXISTS pg_trgm;

-- The searched text of a report in one column: reference, diarienummer, description, actions taken and the
-- partner's comment, lower-cased, one per line.
ALTER TABLE "Report" ADD COLUMN "searchText" TEXT GENERATED ALWAYS AS (
  lower(
    "reference" || E'\n' || coalesce("diarienummer", '') || E'\n' || "description" || E'\n' ||
    "actionsTaken" || E'\n' || coalesce("partnerComment", '')
  )
) STORED;
-- A generated column cannot read another one, hence the same text again.
ALTER TABLE "Report" ADD COLUMN "searchVector" tsvector GENERATED ALWAYS AS (
  to_tsvector(
    'swedish'::regconfig,
    "reference" || E'\n' || coalesce("diarienummer", '') || E'\n' || "description" || E'\n' ||
    "actionsTaken" || E'\n' || coalesce("partnerComment", '')
  )
) STORED;
CREATE INDEX "Report_searchVector_idx" ON "Report" USING GIN ("searchVector");
CREATE INDEX "Report_searchText_trgm_idx" ON "Report" USING GIN ("searchText" gin_trgm_ops);

ALTER TABLE "Measure" ADD COLUMN "searchText" TEXT GENERATED ALWAYS AS (lower("description")) STORED;
ALTER TABLE "Measure" ADD COLUMN "searchVector" tsvector GENERATED ALWAYS AS (
  to_tsvector('swedish'::regconfig, "description")
) STORED;
CREATE INDEX "Measure_searchVector_idx" ON "Measure" USING GIN ("searchVector");
CREATE INDEX "Measure_searchText_trgm_idx" ON "Measure" USING GIN ("searchText" gin_trgm_ops);
