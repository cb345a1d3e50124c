import { connect } from "@/lib/db";

// Applies pending migrations to the configured database (PostgreSQL or the embedded PGlite).
const connection = connect();
try {
  const applied = await connection.migrate();
  console.log(applied.length ? `Migrerade: ${applied.join(", ")}` : "Databasen är redan migrerad.");
} finally {
  await connection.close();
}
