import assert from "node:assert/strict";
import { it } from "node:test";
import { count, eq, sql } from "drizzle-orm";
import { auditEvents, companies, offices, products, users } from "../schema";
import { DEMO_PASSWORD, seedDemoData } from "../seed";
import { describeEachBackend } from "../testing/databases";

const fakeHash = async (password: string) => `fake:${password}`;

describeEachBackend("migrations and seed", (database) => {
  it("creates every table", async () => {
    const result = await database().db.execute<{ table_name: string }>(
      sql`select table_name from information_schema.tables where table_schema = 'public' order by table_name`,
    );
    const tables = (result as unknown as { rows?: { table_name: string }[] }).rows ?? (result as unknown as { table_name: string }[]);
    const names = tables.map((row) => row.table_name);
    for (const table of [
      "offices",
      "companies",
      "users",
      "products",
      "applications",
      "application_items",
      "application_status_history",
      "certificates",
      "reference_counters",
      "signing_credentials",
      "audit_events",
      "rate_limits",
    ]) {
      assert.ok(names.includes(table), `missing table ${table}`);
    }
  });

  it("refuses demo data in production", async () => {
    await assert.rejects(seedDemoData(database().db, { hashPassword: fakeHash, production: true }), /Refusing to load demo data/);
    const [{ value }] = await database().db.select({ value: count() }).from(offices);
    assert.equal(value, 0);
  });

  it("seeds demo data once", async () => {
    const { db } = database();
    const results = await Promise.all([seedDemoData(db, { hashPassword: fakeHash }), seedDemoData(db, { hashPassword: fakeHash })]);
    assert.deepEqual(results.map((result) => result.seeded).sort(), [false, true]);
    assert.deepEqual(await seedDemoData(db, { hashPassword: fakeHash }), { seeded: false });

    const officeRows = await db.select().from(offices).orderBy(offices.code);
    assert.deepEqual(
      officeRows.map((office) => office.code),
      ["CPS", "VTE"],
    );
    const vientiane = officeRows.find((office) => office.code === "VTE")!;
    assert.equal(vientiane.nameLo, "ພະແນກອຸດສາຫະກຳ ແລະ ການຄ້າ ນະຄອນຫຼວງວຽງຈັນ");
    assert.equal(vientiane.certificationPlace, "VIENTIANE");

    const [company] = await db.select().from(companies);
    assert.equal(company.nameLo, "ບໍລິສັດ ນ້ຳຄຳ ກາເຟ ຈຳກັດ");
    assert.equal(company.nameEn, "Nam Kham Coffee Co., Ltd.");
    assert.equal(company.officeId, vientiane.id);
    assert.equal(company.status, "approved");

    const userRows = await db.select().from(users).orderBy(users.email);
    assert.deepEqual(
      userRows.map((user) => [user.email, user.role]),
      [
        ["admin@demo.la", "admin"],
        ["exporter@demo.la", "exporter"],
        ["officer@demo.la", "officer"],
      ],
    );
    for (const user of userRows) assert.equal(user.passwordHash, `fake:${DEMO_PASSWORD}`);
    assert.equal(userRows.find((user) => user.role === "officer")!.officeId, vientiane.id);
    assert.equal(userRows.find((user) => user.role === "exporter")!.companyId, company.id);

    const productCodes = (await db.select().from(products).where(eq(products.companyId, company.id))).map((p) => p.hsCode).sort();
    assert.deepEqual(productCodes, ["090111", "090121", "210111"]);

    const [{ value: seedEvents }] = await db.select({ value: count() }).from(auditEvents).where(eq(auditEvents.action, "demo.seeded"));
    assert.equal(seedEvents, 1);
  });
});
