#!/usr/bin/env bash
# Writes a new migration from the difference between the last committed schema and the working one.
# Prisma 7's migration engine is a native download; Prisma 6's WASM engine ("js" engine with a PGlite adapter) runs offline.
# Usage: scripts/migration-diff.sh <name>   (FROM_EMPTY=1 writes the whole schema)
set -euo pipefail
name=${1:?usage: scripts/migration-diff.sh <name>}
root=$(cd "$(dirname "$0")/.." && pwd)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
to_prisma6() { sed -e 's/provider = "prisma-client"/provider = "prisma-client-js"/' -e 's#^datasource db {#datasource db {\n  url = "postgresql://localhost/unused"#' "$1"; }
to_prisma6 "$root/prisma/schema.prisma" > "$tmp/new.prisma"
if [ -z "${FROM_EMPTY:-}" ] && git -C "$root" show HEAD:prisma/schema.prisma > "$tmp/old-raw.prisma" 2>/dev/null; then
  to_prisma6 "$tmp/old-raw.prisma" > "$tmp/old.prisma"; from=(--from-schema-datamodel "$tmp/old.prisma")
else
  from=(--from-empty)
fi
cat > "$tmp/p6.config.mjs" <<CFG
import { PGlite } from "@electric-sql/pglite";
import { PrismaPGlite } from "pglite-prisma-adapter";
export default { engine: "js", experimental: { adapter: true }, schema: "$tmp/new.prisma", adapter: async () => new PrismaPGlite(new PGlite()) };
CFG
cp "$tmp/p6.config.mjs" "$root/.p6.config.mjs"
trap 'rm -rf "$tmp" "$root/.p6.config.mjs"' EXIT
dir="$root/prisma/migrations/$(date -u +%Y%m%d%H%M%S)_$name"
sql=$(cd "$root" && PRISMA_QUERY_ENGINE_LIBRARY=/bin/false PRISMA_SCHEMA_ENGINE_BINARY=/bin/false \
  node node_modules/prisma6/build/index.js migrate diff --config .p6.config.mjs "${from[@]}" --to-schema-datamodel "$tmp/new.prisma" --script)
mkdir -p "$dir" && printf '%s\n' "$sql" > "$dir/migration.sql"
echo "wrote $dir/migration.sql"
