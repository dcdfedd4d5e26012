import { mkdirSync } from "node:fs";
import path from "node:path";
import type { PgDatabase, PgQueryResultHKT } from "drizzle-orm/pg-core";
import * as schema from "./schema";

export type Schema = typeof schema;
/** A database handle or an open transaction: both run the same queries. */
export type Db = PgDatabase<PgQueryResultHKT, Schema>;

export type DbConfig = {
  /** PostgreSQL URL; when absent the embedded PGlite database is used. */
  databaseUrl?: string;
  /** PGlite data folder, or "memory://" for a throwaway in-memory database. */
  pgliteDir?: string;
  /** Maximum pooled connections to PostgreSQL. */
  maxConnections?: number;
};

export type DbHandle = {
  db: Db;
  kind: "postgres" | "pglite";
  /** Set for PostgreSQL: migrations open their own single connection with it. */
  databaseUrl?: string;
  close: () => Promise<void>;
};

export const migrationsFolder = path.join(process.cwd(), "db", "migrations");

/** Open a database without migrating it. */
export async function openDatabase(config: DbConfig): Promise<DbHandle> {
  if (config.databaseUrl) {
    const { default: postgres } = await import("postgres");
    const { drizzle } = await import("drizzle-orm/postgres-js");
    const client = postgres(config.databaseUrl, {
      max: config.maxConnections ?? 10,
      onnotice: () => {},
    });
    const db = drizzle(client, { schema }) as unknown as Db;
    return { db, kind: "postgres", databaseUrl: config.databaseUrl, close: () => client.end({ timeout: 5 }) };
  }

  const { PGlite } = await import("@electric-sql/pglite");
  const { drizzle } = await import("drizzle-orm/pglite");
  const dataDir = config.pgliteDir ?? path.join(process.cwd(), ".data", "pglite");
  if (!dataDir.startsWith("memory://")) {
    // PGlite does not create parent folders.
    mkdirSync(dataDir, { recursive: true });
  }
  const client = await PGlite.create(dataDir);
  const db = drizzle(client, { schema }) as unknown as Db;
  return { db, kind: "pglite", close: () => client.close() };
}

/**
 * Apply the committed drizzle-kit migrations. On PostgreSQL an advisory lock makes instances that
 * start together migrate one after another.
 */
export async function migrateDatabase(handle: DbHandle): Promise<void> {
  if (handle.kind === "pglite") {
    const { migrate } = await import("drizzle-orm/pglite/migrator");
    await migrate(handle.db as never, { migrationsFolder });
    return;
  }
  const { default: postgres } = await import("postgres");
  const { drizzle } = await import("drizzle-orm/postgres-js");
  const { migrate } = await import("drizzle-orm/postgres-js/migrator");
  // One connection, so the advisory lock and the migration share a session.
  const client = postgres(handle.databaseUrl!, { max: 1, onnotice: () => {} });
  try {
    await client`select pg_advisory_lock(4242001)`;
    await migrate(drizzle(client), { migrationsFolder });
    await client`select pg_advisory_unlock(4242001)`;
  } finally {
    await client.end({ timeout: 5 });
  }
}
