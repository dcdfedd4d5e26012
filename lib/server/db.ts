import { migrateDatabase, openDatabase, type Db, type DbHandle } from "@/db/client";
import { seedDemoData } from "@/db/seed";
import { hashPassword } from "@/lib/auth/password";
import { getEnv } from "@/lib/env";
import { logger } from "@/lib/logger";
import { getSigningCredential } from "@/lib/server/signing";

/**
 * The process-wide database, opened on first use from the validated configuration: PGlite in
 * PGLITE_DIR unless DATABASE_URL is set. It is cached on globalThis so that Next's hot reload
 * and separately bundled routes share one connection pool, or one PGlite instance (which must
 * never be opened twice on the same folder).
 */
const globalStore = globalThis as typeof globalThis & { __laoEcoDatabase?: Promise<DbHandle> };

async function openConfiguredDatabase(): Promise<DbHandle> {
  const env = getEnv();
  const handle = await openDatabase({ databaseUrl: env.databaseUrl, pgliteDir: env.pgliteDir });
  logger.info({ kind: handle.kind }, "database opened");

  // PostgreSQL migrations take an advisory lock, so instances starting together migrate in turn.
  await migrateDatabase(handle);

  if (env.demoData) {
    // Outside production demo data is on by default; in production env.demoData is true only when
    // DEMO_DATA was set explicitly.
    const result = await seedDemoData(handle.db, {
      hashPassword,
      production: env.production,
      allowInProduction: env.production,
    });
    if (result.seeded) logger.info("demo data loaded into an empty database");
  }

  // Load the signing credential at start, so a wrong PKCS#12 or password fails now rather than at
  // the first approval, and the development certificate exists before anyone needs it.
  const credential = await getSigningCredential(handle.db);
  if (credential.development) {
    logger.warn("no SIGNING_P12_PATH or SIGNING_P12_BASE64 set: signing with the development certificate, PDFs are marked SPECIMEN");
  }
  return handle;
}

/** Return the shared database handle, opening, migrating and seeding it on the first call. */
export async function getDbHandle(): Promise<DbHandle> {
  if (!globalStore.__laoEcoDatabase) {
    globalStore.__laoEcoDatabase = openConfiguredDatabase().catch((error: unknown) => {
      // Let the next request retry instead of caching the failure.
      globalStore.__laoEcoDatabase = undefined;
      logger.error({ err: error }, "opening the database failed");
      throw error;
    });
  }
  return globalStore.__laoEcoDatabase;
}

/** Return the shared database. Server code only: never import this from a client component. */
export async function getDb(): Promise<Db> {
  return (await getDbHandle()).db;
}
