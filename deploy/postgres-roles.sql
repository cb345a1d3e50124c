-- Two database roles for Brister i samverkan (README "Database roles"):
--   bis_owner  owns the database and its tables; migrations, seeding, backup and restore run as it
--              (MIGRATION_DATABASE_URL).
--   bis_app    what the running app uses (DATABASE_URL): read and write every table, but on "AuditLog" only
--              INSERT and SELECT. The audit migration takes UPDATE, DELETE and TRUNCATE on "AuditLog" from every
--              role but the owner; triggers refuse UPDATE and DELETE even to the owner.
--
-- Run once as a superuser, before the first start, with your own passwords:
--   psql -U postgres -v ON_ERROR_STOP=1 -v owner_password='…' -v app_password='…' -f deploy/postgres-roles.sql
-- Then start with
--   MIGRATION_DATABASE_URL=postgresql://bis_owner:…@host:5432/bis
--   DATABASE_URL=postgresql://bis_app:…@host:5432/bis

CREATE ROLE bis_owner LOGIN PASSWORD :'owner_password';
CREATE ROLE bis_app LOGIN PASSWORD :'app_password';
CREATE DATABASE bis OWNER bis_owner;

\connect bis

-- PostgreSQL 15 and later: only the database owner may create objects in "public" (on 14 and earlier, also run
-- REVOKE CREATE ON SCHEMA public FROM PUBLIC). The app's role may use the schema, not create in it.
GRANT USAGE ON SCHEMA public TO bis_app;

-- Every table and sequence the owner creates, now and in later migrations, is the app's to read and write.
ALTER DEFAULT PRIVILEGES FOR ROLE bis_owner IN SCHEMA public
  GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO bis_app;
ALTER DEFAULT PRIVILEGES FOR ROLE bis_owner IN SCHEMA public
  GRANT USAGE, SELECT ON SEQUENCES TO bis_app;

-- A database already migrated by bis_owner (tables in place) needs the same rights on what exists:
--   GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO bis_app;
--   GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO bis_app;
--   REVOKE UPDATE, DELETE, TRUNCATE ON "AuditLog" FROM bis_app;
