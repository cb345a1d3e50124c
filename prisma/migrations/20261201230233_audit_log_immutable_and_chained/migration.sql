-- The audit log becomes append-only and hash-chained (docs/decisions/011-audit-log-immutable-and-chained.md).
--
-- Every row carries its place in the chain ("seq"), the previous row's hash ("prevHash"; 64 zeros for the first
-- row) and its own "hash": sha256, as lowercase hex, of the UTF-8 text of the JSON array
--   ["<seq>","<id>","<createdAt as YYYY-MM-DDTHH:MM:SS.mmmZ>","<action>",<actorId or null>,"<actorLabel>",
--    <reportId or null>,<"data" as jsonb text, quoted, or null>,"<prevHash>"]
-- without spaces. lib/audit/audit-chain.ts computes the same in Node.js to verify the chain (npm run audit:verify).
-- A trigger sets the three columns on every INSERT, whoever writes the row, under a transaction-level advisory lock
-- (key 4270611358203, AUDIT_CHAIN_LOCK_KEY in lib/audit/audit-chain.ts) held until commit, so two transactions never
-- chain onto the same row. Another trigger refuses UPDATE and DELETE.

-- A report with audit rows can no longer be deleted: SET NULL would have to update audit rows.
ALTER TABLE "AuditLog" DROP CONSTRAINT "AuditLog_reportId_fkey";

ALTER TABLE "AuditLog" ADD COLUMN     "hash" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "prevHash" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "seq" SERIAL NOT NULL;

-- Existing rows are chained oldest first.
UPDATE "AuditLog" AS a SET "seq" = o."n"
FROM (SELECT "id", row_number() OVER (ORDER BY "createdAt", "id") AS "n" FROM "AuditLog") AS o
WHERE a."id" = o."id";

CREATE UNIQUE INDEX "AuditLog_seq_key" ON "AuditLog"("seq");

ALTER TABLE "AuditLog" ADD CONSTRAINT "AuditLog_reportId_fkey" FOREIGN KEY ("reportId") REFERENCES "Report"("id") ON DELETE RESTRICT ON UPDATE RESTRICT;

-- The hash of a row whose "seq" and "prevHash" are set.
CREATE FUNCTION "audit_log_hash"("row" "AuditLog") RETURNS TEXT
LANGUAGE sql STABLE
SET search_path FROM CURRENT
AS $$
  SELECT encode(sha256(convert_to(
    '[' || to_json("row"."seq"::text)::text
    || ',' || to_json("row"."id")::text
    || ',' || to_json(to_char("row"."createdAt", 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'))::text
    || ',' || to_json("row"."action")::text
    || ',' || COALESCE(to_json("row"."actorId")::text, 'null')
    || ',' || to_json("row"."actorLabel")::text
    || ',' || COALESCE(to_json("row"."reportId")::text, 'null')
    || ',' || COALESCE(to_json("row"."data"::text)::text, 'null')
    || ',' || to_json("row"."prevHash")::text
    || ']', 'UTF8')), 'hex')
$$;

-- Existing rows get their hashes in "seq" order, before the trigger below forbids updates.
DO $$
DECLARE
  r "AuditLog";
  previous TEXT := repeat('0', 64);
BEGIN
  FOR r IN SELECT * FROM "AuditLog" ORDER BY "seq" LOOP
    r."prevHash" := previous;
    r."hash" := "audit_log_hash"(r);
    UPDATE "AuditLog" SET "prevHash" = r."prevHash", "hash" = r."hash" WHERE "id" = r."id";
    previous := r."hash";
  END LOOP;
END
$$;

-- Chains each new row onto the last one. The lock is taken before the last row is read and held until commit; in
-- READ COMMITTED the read then sees every row committed before, so the chain cannot fork. A transaction with an older
-- snapshot (REPEATABLE READ, SERIALIZABLE) could miss the last row, so it may not write audit rows. "seq" is drawn
-- here, under the lock (the column default, drawn before the lock, is replaced), so "seq" order is chain order.
CREATE FUNCTION "audit_log_chain"() RETURNS TRIGGER
LANGUAGE plpgsql
SET search_path FROM CURRENT
AS $$
DECLARE
  previous TEXT;
BEGIN
  IF current_setting('transaction_isolation') <> 'read committed' THEN
    RAISE EXCEPTION 'Granskningsloggen ("AuditLog") skrivs bara i READ COMMITTED-transaktioner, inte i %.',
      current_setting('transaction_isolation');
  END IF;
  PERFORM pg_advisory_xact_lock(4270611358203);
  SELECT "hash" INTO previous FROM "AuditLog" ORDER BY "seq" DESC LIMIT 1;
  NEW."seq" := nextval('"AuditLog_seq_seq"');
  NEW."prevHash" := COALESCE(previous, repeat('0', 64));
  NEW."hash" := "audit_log_hash"(NEW);
  RETURN NEW;
END
$$;

CREATE TRIGGER "AuditLog_chain" BEFORE INSERT ON "AuditLog"
FOR EACH ROW EXECUTE FUNCTION "audit_log_chain"();

-- Audit rows are never changed or deleted, by the app or by hand. (TRUNCATE fires no row trigger: the app's
-- database role has no TRUNCATE right, see README "Database roles".)
CREATE FUNCTION "audit_log_refuse_change"() RETURNS TRIGGER
LANGUAGE plpgsql
AS $$
BEGIN
  RAISE EXCEPTION 'Granskningsloggen ("AuditLog") kan inte ändras: % nekas, rader kan bara läggas till.', TG_OP
    USING HINT = 'Se docs/decisions/011-audit-log-immutable-and-chained.md.';
END
$$;

CREATE TRIGGER "AuditLog_immutable" BEFORE UPDATE OR DELETE ON "AuditLog"
FOR EACH ROW EXECUTE FUNCTION "audit_log_refuse_change"();

-- No role but the owner keeps UPDATE, DELETE or TRUNCATE on the audit log, whatever was granted before (e.g. the
-- app's role through default privileges, README "Database roles"): INSERT and SELECT are all the app needs.
DO $$
DECLARE
  grantee TEXT;
BEGIN
  FOR grantee IN
    SELECT DISTINCT a.grantee::regrole::text
    FROM pg_class c, aclexplode(c.relacl) a
    WHERE c.oid = '"AuditLog"'::regclass AND a.grantee <> 0 AND a.grantee <> c.relowner
      AND a.privilege_type IN ('UPDATE', 'DELETE', 'TRUNCATE')
  LOOP
    EXECUTE format('REVOKE UPDATE, DELETE, TRUNCATE ON "AuditLog" FROM %s', grantee);
  END LOOP;
END
$$;
REVOKE UPDATE, DELETE, TRUNCATE ON "AuditLog" FROM PUBLIC;
