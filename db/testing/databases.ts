/**
 * Throwaway databases for data tests: every suite runs on embedded PGlite and on the PostgreSQL
 * server at 127.0.0.1:5432 (override with ECO_TEST_POSTGRES_URL). PostgreSQL is skipped only when
 * ECO_SKIP_POSTGRES=1; otherwise an unreachable server fails the tests.
 */
import { createHash, randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import path from "node:path";
import { after, before, describe } from "node:test";
import { migrateDatabase, migrationsFolder, openDatabase, type Db, type DbHandle } from "../client";
import * as schema from "../schema";

export type BackendName = "pglite" | "postgres";

export type TestDatabase = {
  backend: BackendName;
  db: Db;
  handle: DbHandle;
  close: () => Promise<void>;
};

export type TestBackend = {
  name: BackendName;
  /** A reason to skip this backend, or false to run it. */
  skip: string | false;
  open: () => Promise<TestDatabase>;
};

const defaultAdminUrl = "postgres://postgres@127.0.0.1:5432/postgres";
const templateDir = path.join(process.cwd(), ".data", "test-templates");

/** Hash of the migration files, so a cached template is rebuilt whenever a migration changes. */
function migrationsHash(): string {
  const hash = createHash("sha256");
  const visit = (directory: string) => {
    for (const entry of readdirSync(directory, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const full = path.join(directory, entry.name);
      if (entry.isDirectory()) {
        visit(full);
      } else {
        hash.update(entry.name);
        hash.update(readFileSync(full));
      }
    }
  };
  visit(migrationsFolder);
  return hash.digest("hex").slice(0, 16);
}

/**
 * Return a migrated PGlite data directory as a tarball. Starting PGlite from it takes about 0.5 s
 * where initdb plus migration takes 3 to 4 s, so it is cached on disk across test processes.
 */
async function migratedPgliteTemplate(): Promise<Blob> {
  const file = path.join(templateDir, `pglite-${migrationsHash()}.tar`);
  if (existsSync(file)) return new Blob([readFileSync(file)]);

  const handle = await openDatabase({ pgliteDir: "memory://" });
  await migrateDatabase(handle);
  const client = (handle.db as unknown as { $client: import("@electric-sql/pglite").PGlite }).$client;
  const dump = await client.dumpDataDir("none");
  await handle.close();

  // Write then rename, so a test process running alongside never reads half a file.
  mkdirSync(templateDir, { recursive: true });
  const partial = `${file}.${process.pid}.partial`;
  writeFileSync(partial, Buffer.from(await dump.arrayBuffer()));
  renameSync(partial, file);
  return dump;
}

async function openPglite(): Promise<TestDatabase> {
  const { PGlite } = await import("@electric-sql/pglite");
  const { drizzle } = await import("drizzle-orm/pglite");
  const client = await PGlite.create({ loadDataDir: await migratedPgliteTemplate() });
  // Migrating again is a no-op on the template and keeps the test honest if the cache is stale.
  const db = drizzle(client, { schema }) as unknown as Db;
  const handle: DbHandle = { db, kind: "pglite", close: () => client.close() };
  await migrateDatabase(handle);
  return { backend: "pglite", db, handle, close: () => client.close() };
}

async function openPostgres(): Promise<TestDatabase> {
  const { default: postgres } = await import("postgres");
  const adminUrl = process.env.ECO_TEST_POSTGRES_URL ?? defaultAdminUrl;
  const name = `eco_test_${randomBytes(6).toString("hex")}`;

  const admin = postgres(adminUrl, { max: 1, onnotice: () => {} });
  try {
    await admin.unsafe(`create database ${name}`);
  } finally {
    await admin.end({ timeout: 5 });
  }

  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  // Twenty connections so that concurrency tests really run their transactions side by side.
  const handle = await openDatabase({ databaseUrl: url.toString(), maxConnections: 20 });
  await migrateDatabase(handle);

  const close = async () => {
    await handle.close();
    const dropper = postgres(adminUrl, { max: 1, onnotice: () => {} });
    try {
      await dropper.unsafe(`drop database if exists ${name} with (force)`);
    } finally {
      await dropper.end({ timeout: 5 });
    }
  };
  return { backend: "postgres", db: handle.db, handle, close };
}

/** Both backends; PostgreSQL carries a skip reason when ECO_SKIP_POSTGRES=1. */
export function testBackends(): TestBackend[] {
  return [
    { name: "pglite", skip: false, open: openPglite },
    {
      name: "postgres",
      skip: process.env.ECO_SKIP_POSTGRES === "1" ? "ECO_SKIP_POSTGRES=1" : false,
      open: openPostgres,
    },
  ];
}

/**
 * Define the same suite once per backend. The database is opened before the suite's tests and
 * dropped after them; `database()` returns it inside tests and hooks.
 */
export function describeEachBackend(title: string, defineSuite: (database: () => TestDatabase) => void): void {
  for (const backend of testBackends()) {
    describe(`${title} [${backend.name}]`, { skip: backend.skip }, () => {
      let opened: TestDatabase | undefined;
      before(async () => {
        opened = await backend.open();
      });
      after(async () => {
        await opened?.close();
      });
      defineSuite(() => {
        if (!opened) throw new Error(`The ${backend.name} test database is not open yet: call database() inside a test or hook`);
        return opened;
      });
    });
  }
}
