import { cp, mkdtemp, readdir, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { MIGRATIONS_DIR, applyMigrations } from "@/lib/db/migrations";
import { PGLITE_EXTENSIONS } from "@/lib/db/pglite-extensions";

// A database that has lived since the first migration, with rows in every table, is migrated to today's schema:
// every row is still there and the columns that identify it say the same.

const TABLES = [
  "Organisation",
  "Area",
  "Category",
  "User",
  "Draft",
  "PartnerLink",
  "ReferenceCounter",
  "Report",
  "ReportPartner",
  "ReportArea",
  "ReportCategory",
  "Measure",
  "Message",
  "Note",
  "AuditLog",
  "OutboxMail",
  "RateLimitHit",
  "Setting",
];

/** The columns that identify a row and carry its meaning, as they were at the first migration. */
const KEY_COLUMNS: Record<string, string> = {
  Organisation: `"id", "name", "huvudman"::text`,
  Area: `"id", "code", "name"`,
  Category: `"id", "name", "year"`,
  User: `"id", "email", "role"::text, "passwordHash"`,
  Draft: `"id", "resumeCodeHash", "reportId", "data"::text`,
  PartnerLink: `"id", "draftId", "tokenHash"`,
  ReferenceCounter: `"year", "last"`,
  Report: `"id", "reference", "status"::text, "description", "reporterEmail", "diarienummer", "submittedAt"`,
  ReportPartner: `"id", "reportId", "organisationId", "otherName"`,
  ReportArea: `"reportId", "areaId"`,
  ReportCategory: `"reportId", "categoryId"`,
  Measure: `"id", "reportId", "description", "sortOrder"`,
  Message: `"id", "reportId", "fromReporter", "body"`,
  Note: `"id", "reportId", "authorId", "body"`,
  AuditLog: `"id", "action", "actorLabel", "reportId", "data"::text, "createdAt"`,
  OutboxMail: `"id", "to", "subject"`,
  RateLimitHit: `"id", "key"`,
  Setting: `"key", "value"::text`,
};

const FILL = `
INSERT INTO "Organisation" (id, name, huvudman) VALUES ('org1', 'Helsingborgs stad', 'KOMMUN'), ('org2', 'Region Skåne', 'REGION');
INSERT INTO "Area" (id, code, name) VALUES ('area1', 'SIP', 'SIP'), ('area2', 'SVU', 'SVU/utskrivning');
INSERT INTO "Category" (id, name, year) VALUES ('cat1', 'Brister i kommunikation', 2026), ('cat2', 'Oklart ansvar', 2026);
INSERT INTO "User" (id, email, name, "passwordHash", role) VALUES
  ('u1', 'samordnare@example.se', 'Sam Ordnare', 'scrypt$hash1', 'SAMORDNARE'),
  ('u2', 'admin@example.se', 'Ad Min', 'scrypt$hash2', 'ADMIN');
INSERT INTO "ReferenceCounter" (year, last) VALUES (2026, 3);
INSERT INTO "Report" (id, reference, year, sequence, "submissionKey", "followUpCodeHash", status, "submittedAt", "updatedAt",
  "reporterName", "reporterEmail", "reporterPhone", "organisationId", unit, "reporterRole", "hasConsultedChef",
  "eventMonth", "ageGroup", description, "actionsTaken", "dialogueHeld", participants, "isSolved", "needsEscalation",
  diarienummer, "assigneeId") VALUES
  ('r1', 'BIS-2026-0001', 2026, 1, 'k1', 'f1', 'INKOMMEN', '2026-01-10 09:00', '2026-01-10 09:00', 'Testa Rapportör',
   'rapportor@example.se', '070-174 06 50', 'org1', 'Socialpsykiatri', 'Handläggare', true, '2026-01', 'VUXEN',
   'Ingen SIP hölls trots kallelse.', 'Ringde enheten.', true, '[{"organisation":"Region Skåne","role":"Läkare"}]',
   'DELVIS', false, NULL, NULL),
  ('r2', 'BIS-2026-0002', 2026, 2, 'k2', 'f2', 'REGISTRERAD', '2026-02-03 10:00', '2026-02-04 10:00', 'Annan Person',
   'annan@example.se', NULL, 'org2', 'Psykiatri', 'Sjuksköterska', false, '2026-02', 'BARN',
   'Utskrivning utan plan.', 'Kontaktade avdelningen.', false, '[]', 'NEJ', true, 'SOF 2026/17', 'u1'),
  ('r3', 'BIS-2026-0003', 2026, 3, 'k3', 'f3', 'AVSLUTAD', '2026-03-01 08:00', '2026-03-20 08:00', 'Tredje Person',
   'tredje@example.se', NULL, 'org1', 'Äldreomsorg', 'Enhetschef', true, '2026-03', 'ALDRE',
   'Parterna respekterade inte varandras mandat.', 'Möte bokat.', true, '[]', 'JA', false, 'SOF 2026/20', 'u1');
INSERT INTO "Draft" (id, "resumeCodeHash", data, "submissionKey", "delEttDoneAt", "expiresAt", "updatedAt", "submittedAt", "reportId") VALUES
  ('d1', 'h1', '{"completed":["reporter"]}', 'k1', '2026-01-09 09:00', '2026-04-09 09:00', '2026-01-10 09:00', '2026-01-10 09:00', 'r1'),
  ('d2', 'h2', '{"completed":[]}', 'k9', NULL, '2026-06-01 09:00', '2026-03-01 09:00', NULL, NULL);
INSERT INTO "PartnerLink" (id, "draftId", "tokenHash", email, "expiresAt") VALUES ('pl1', 'd2', 't1', 'part@skane.se', '2026-03-15 09:00');
INSERT INTO "ReportPartner" (id, "reportId", "organisationId", "otherName") VALUES ('rp1', 'r1', 'org2', NULL), ('rp2', 'r2', NULL, 'HVB Solrosen');
INSERT INTO "ReportArea" ("reportId", "areaId") VALUES ('r1', 'area1'), ('r2', 'area2'), ('r3', 'area1');
INSERT INTO "ReportCategory" ("reportId", "categoryId") VALUES ('r2', 'cat1'), ('r3', 'cat2');
INSERT INTO "Measure" (id, "reportId", description, "responsibleParty", "sortOrder") VALUES
  ('m1', 'r1', 'Boka SIP inom två veckor.', 'Enhetschef', 0), ('m2', 'r1', 'Rutin för kallelser.', 'Region', 1);
INSERT INTO "Message" (id, "reportId", "fromReporter", "authorId", body) VALUES
  ('msg1', 'r2', false, 'u1', 'Tack, vi har registrerat rapporten.'), ('msg2', 'r2', true, NULL, 'Tack för svaret.');
INSERT INTO "Note" (id, "reportId", "authorId", body) VALUES ('n1', 'r2', 'u1', 'Kontakta chefen.');
INSERT INTO "AuditLog" (id, "createdAt", action, "actorId", "actorLabel", "reportId", data) VALUES
  ('a1', '2026-01-10 09:00', 'REPORT_SUBMITTED', NULL, 'Rapportör', 'r1', '{"reference":"BIS-2026-0001"}'),
  ('a2', '2026-02-03 10:00', 'REPORT_SUBMITTED', NULL, 'Rapportör', 'r2', '{"reference":"BIS-2026-0002"}'),
  ('a3', '2026-02-04 10:00', 'CASE_REGISTERED', 'u1', 'u1', 'r2', '{"diarienummer":"SOF 2026/17"}'),
  ('a4', '2026-02-05 10:00', 'CASE_VIEWED', 'u1', 'u1', 'r2', NULL),
  ('a5', '2026-03-20 08:00', 'CASE_STATUS_CHANGED', 'u1', 'u1', 'r3', '{"from":"ATERKOPPLAD","to":"AVSLUTAD"}');
INSERT INTO "OutboxMail" (id, "to", subject, body) VALUES ('o1', 'rapportor@example.se', 'Kvitto', 'Tack för din rapport.');
INSERT INTO "RateLimitHit" (id, key) VALUES ('rl1', 'follow-up:abc');
INSERT INTO "Setting" (key, value) VALUES ('instance', '{"serviceName":"Brister i samverkan"}');
`;

let firstOnly: string;
let db: PGlite;

beforeAll(async () => {
  const names = (await readdir(MIGRATIONS_DIR, { withFileTypes: true }))
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
  firstOnly = await mkdtemp(path.join(tmpdir(), "bis-first-migration-"));
  await cp(path.join(MIGRATIONS_DIR, names[0]!), path.join(firstOnly, names[0]!), { recursive: true });
  db = new PGlite({ extensions: PGLITE_EXTENSIONS });
});

afterAll(async () => {
  await db?.close();
  await rm(firstOnly, { recursive: true, force: true });
});

async function snapshot() {
  const result: Record<string, { count: number; rows: string }> = {};
  for (const table of TABLES) {
    const order = KEY_COLUMNS[table]!.split(",")[0];
    const { rows } = await db.query<Record<string, unknown>>(
      `SELECT ${KEY_COLUMNS[table]} FROM "${table}" ORDER BY ${order}, 2`,
    );
    result[table] = { count: rows.length, rows: JSON.stringify(rows) };
  }
  return result;
}

describe("migrating a populated database forward", () => {
  it(
    "keeps every row and its key columns from the first migration to today",
    { timeout: 120_000 },
    async () => {
      expect(await applyMigrations(db, firstOnly)).toHaveLength(1);
      await db.exec(FILL);
      const before = await snapshot();
      for (const table of TABLES) expect(before[table]!.count, table).toBeGreaterThan(0);

      const applied = await applyMigrations(db);
      expect(applied.length).toBeGreaterThan(0);
      const after = await snapshot();
      for (const table of TABLES) {
        expect(after[table]!.count, `${table}: rows`).toBe(before[table]!.count);
        expect(after[table]!.rows, `${table}: key columns`).toBe(before[table]!.rows);
      }
      // The rows the later migrations add meaning to still work: the audit chain covers the old rows.
      const { rows } = await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM "AuditLog"`);
      expect(rows[0]!.n).toBe(5);
    },
  );
});
