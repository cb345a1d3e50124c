import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";

/**
 * The contrib extensions the migrations create (`CREATE EXTENSION`). PostgreSQL has them installed; PGlite ships
 * each as a separate bundle that must be handed to every PGlite opened on the app's data, or the migrations and
 * the indexes that use them fail with "extension is not available".
 */
export const PGLITE_EXTENSIONS = { pg_trgm };
