/**
 * Migrate the configured database and load the demo data if it has no office yet. In production
 * it refuses unless DEMO_DATA=1 is set. Never run it on a PGlite folder that a running server
 * holds: two processes on one folder lose data.
 */
import { migrateDatabase, openDatabase } from "@/db/client";
import { seedDemoData } from "@/db/seed";
import { hashPassword } from "@/lib/auth/password";
import { getEnv } from "@/lib/env";

async function main() {
  const env = getEnv();
  if (env.production && !env.demoData) {
    console.error("Refusing to load demo data in production: set DEMO_DATA=1 explicitly to allow it.");
    process.exit(1);
  }

  const handle = await openDatabase({ databaseUrl: env.databaseUrl, pgliteDir: env.pgliteDir });
  try {
    await migrateDatabase(handle);
    const result = await seedDemoData(handle.db, { hashPassword, production: env.production, allowInProduction: env.demoData });
    console.log(result.seeded ? "Demo data loaded." : "The database already has offices: demo data not loaded.");
  } finally {
    await handle.close();
  }
}

main().catch((error: unknown) => {
  console.error("Seeding failed:", error instanceof Error ? error.message : error);
  process.exit(1);
});
