#!/usr/bin/env bash
# Writes a new migration: the difference between the committed migration history (prisma/migrations) and the working
# prisma/schema.prisma. Prisma applies every migration to a scratch in-memory PGlite (its "shadow database") and
# diffs the result against the schema, so the SQL brings any database migrated so far to the new schema.
# Prisma 7's migration engine is a native download; Prisma 6's WebAssembly engine ("js" engine with a PGlite adapter)
# runs offline. Every temporary file is kept in a temporary directory, none in the repository.
# Usage: scripts/migration-diff.sh <name>   (FROM_EMPTY=1 writes the whole schema instead)
# A migration that drops a column or a table loses data on every database it reaches: it is refused unless someone
# has reviewed it and says so with ALLOW_DROP=1; the file then begins with "-- reviewed: drop".
# MIGRATION_SCHEMA and MIGRATIONS_OUT (a schema file, a folder to write to) let the tests use a scratch schema.
set -euo pipefail
name=${1:?usage: scripts/migration-diff.sh <name>}
root=$(cd "$(dirname "$0")/.." && pwd)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# The schema in Prisma 6's dialect: the classic client generator and a (never used) URL.
sed -e 's/provider = "prisma-client"/provider = "prisma-client-js"/' \
  -e 's#^datasource db {#datasource db {\n  url = "postgresql://localhost/unused"#' \
  "${MIGRATION_SCHEMA:-$root/prisma/schema.prisma}" > "$tmp/schema.prisma"

# The config loads its packages from the project's node_modules.
ln -s "$root/node_modules" "$tmp/node_modules"
# The PGlite adapter sends a script as one prepared statement, which PostgreSQL refuses for several commands;
# the shadow database runs each migration as a plain script instead.
cat > "$tmp/prisma.config.mjs" <<'CFG'
import { PGlite } from "@electric-sql/pglite";
import { PrismaPGlite } from "pglite-prisma-adapter";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";

class MigrationsShadow extends PrismaPGlite {
  async connectToShadowDb() {
    // The migrations create pg_trgm, which PGlite ships separately (lib/db/pglite-extensions.ts).
    const adapter = await new PrismaPGlite(new PGlite({ extensions: { pg_trgm } })).connect();
    const executeRaw = adapter.executeRaw.bind(adapter);
    adapter.executeRaw = async (query) => {
      if (query.args.length > 0) return executeRaw(query);
      try {
        await adapter.client.exec(query.sql);
      } catch (error) {
        adapter.onError(error);
      }
      return 0;
    };
    return adapter;
  }
}

export default {
  engine: "js",
  experimental: { adapter: true },
  schema: "schema.prisma",
    adapter: async () => new MigrationsShadow(new PGlite()),
};
CFG

if [ -n "${FROM_EMPTY:-}" ]; then
  from=(--from-empty)
else
  from=(--from-migrations "$root/prisma/migrations")
fi
set +e
sql=$(cd "$tmp" && PRISMA_QUERY_ENGINE_LIBRARY=/bin/false PRISMA_SCHEMA_ENGINE_BINARY=/bin/false \
  node "$root/node_modules/prisma6/build/index.js" migrate diff --config prisma.config.mjs \
  "${from[@]}" --to-schema-datamodel schema.prisma --script --exit-code)
status=$?
set -e
# --exit-code: 0 no difference, 2 a difference, anything else an error (already printed by Prisma).
case $status in
  0)
    echo "No difference between prisma/schema.prisma and the migrations in prisma/migrations: nothing written."
    ;;
  2)
    drops=$(printf '%s\n' "$sql" | grep -Ei 'DROP[[:space:]]+(COLUMN|TABLE)' || true)
    header=""
    if [ -n "$drops" ]; then
      if [ "${ALLOW_DROP:-}" != "1" ]; then
        echo "Refused: the migration drops data:" >&2
        printf '  %s\n' "$drops" >&2
        echo "Check that nothing still needs it (and that a backup exists), then run again with ALLOW_DROP=1." >&2
        echo "Nothing written." >&2
        exit 3
      fi
      header="-- reviewed: drop (ALLOW_DROP=1)"$'\n'
    fi
    dir="${MIGRATIONS_OUT:-$root/prisma/migrations}/$(date -u +%Y%m%d%H%M%S)_$name"
    mkdir -p "$dir"
    printf '%s%s\n' "$header" "$sql" > "$dir/migration.sql"
    echo "wrote ${dir#"$root"/}/migration.sql"
    ;;
  *)
    echo "prisma migrate diff failed (exit code $status): nothing written." >&2
    exit "$status"
    ;;
esac
