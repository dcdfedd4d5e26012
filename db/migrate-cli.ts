/**
 * Apply the committed migrations to the database named by DATABASE_URL, or to the PGlite folder
 * PGLITE_DIR (default .data/pglite). Never run it on a PGlite folder that a running server holds:
 * two processes on one folder lose data.
 */
import { migrateDatabase, openDatabase } from "./client";

async function main() {
  const databaseUrl = process.env.DATABASE_URL || undefined;
  const pgliteDir = process.env.PGLITE_DIR || undefined;
  const handle = await openDatabase({ databaseUrl, pgliteDir });
  try {
    await migrateDatabase(handle);
    console.log(`Migrations applied to ${handle.kind === "postgres" ? "PostgreSQL" : `PGlite in ${pgliteDir ?? ".data/pglite"}`}.`);
  } finally {
    await handle.close();
  }
}

main().catch((error: unknown) => {
  console.error("Migration failed:", error);
  process.exit(1);
});
