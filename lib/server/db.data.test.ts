import assert from "node:assert/strict";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { after, describe, it } from "node:test";
import { count } from "drizzle-orm";
import { offices, signingCredentials, users } from "@/db/schema";

// The configuration is read once, at the first getDb() call, so it is set before the import.
const dataDir = mkdtempSync(path.join(tmpdir(), "eco-getdb-"));
delete process.env.DATABASE_URL;
process.env.PGLITE_DIR = dataDir;
process.env.DEMO_DATA = "1";

describe("getDb", () => {
  after(async () => {
    const { getDbHandle } = await import("./db");
    await (await getDbHandle()).close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it("opens, migrates and seeds once", async () => {
    const { getDb } = await import("./db");
    const [first, second] = await Promise.all([getDb(), getDb()]);
    assert.equal(first, second);

    const [{ value: officeCount }] = await first.select({ value: count() }).from(offices);
    assert.equal(Number(officeCount), 2);
    const [{ value: userCount }] = await first.select({ value: count() }).from(users);
    assert.equal(Number(userCount), 3);
  });

  it("creates the development signing credential at start", async () => {
    const { getDb } = await import("./db");
    const rows = await (await getDb()).select({ development: signingCredentials.development }).from(signingCredentials);
    assert.deepEqual(rows, [{ development: true }]);
  });

  it("shares the handle through globalThis", async () => {
    const { getDbHandle } = await import("./db");
    const handle = await getDbHandle();
    const stored = (globalThis as { __laoEcoDatabase?: Promise<unknown> }).__laoEcoDatabase;
    assert.equal(await stored, handle);
    assert.equal(handle.kind, "pglite");
  });
});
