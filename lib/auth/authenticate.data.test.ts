import assert from "node:assert/strict";
import { it } from "node:test";
import { eq } from "drizzle-orm";
import { rateLimits } from "@/db/schema";
import { DEMO_PASSWORD, demoAccounts, seedDemoData } from "@/db/seed";
import { describeEachBackend } from "@/db/testing/databases";
import { createTenant, createUser } from "@/db/testing/fixtures";
import { AppError } from "@/lib/errors";
import { checkRateLimit, recordRateLimitHit } from "@/lib/rate-limit";
import { authenticate } from "./authenticate";
import { hashPassword } from "./password";

describeEachBackend("authentication", (database) => {
  it("signs in the seeded demo accounts", async () => {
    const { db } = database();
    await seedDemoData(db, { hashPassword });

    const officer = await authenticate(db, demoAccounts.officer, DEMO_PASSWORD);
    assert.ok(officer);
    assert.equal(officer.role, "officer");
    assert.ok(officer.officeId);
    assert.equal(officer.companyId, null);

    const exporter = await authenticate(db, " Exporter@Demo.la ", DEMO_PASSWORD);
    assert.ok(exporter);
    assert.equal(exporter.role, "exporter");
    assert.ok(exporter.companyId);
    assert.equal(exporter.locale, "lo");
    assert.equal("passwordHash" in exporter, false);

    const admin = await authenticate(db, demoAccounts.admin, DEMO_PASSWORD);
    assert.equal(admin?.role, "admin");
  });

  it("returns null for wrong, unknown or inactive", async () => {
    const { db } = database();
    const tenant = await createTenant(db);
    const passwordHash = await hashPassword("right-password");
    const user = await createUser(db, "exporter", { companyId: tenant.company.id }, { passwordHash });
    const inactive = await createUser(db, "exporter", { companyId: tenant.company.id }, { passwordHash, active: false });

    assert.equal(await authenticate(db, user.email, "wrong-password"), null);
    assert.equal(await authenticate(db, `nobody-${user.email}`, "right-password"), null);
    assert.equal(await authenticate(db, inactive.email, "right-password"), null);
    assert.equal((await authenticate(db, user.email, "right-password"))?.userId, user.userId);
  });

  it("limits failures per e-mail for 15 minutes", async () => {
    const { db } = database();
    const tenant = await createTenant(db);
    const user = await createUser(db, "officer", { officeId: tenant.office.id }, { passwordHash: await hashPassword("right-password") });
    const start = new Date("2027-01-10T01:00:00Z");

    for (let attempt = 0; attempt < 10; attempt++) {
      assert.equal(await authenticate(db, user.email, `wrong-${attempt}`, start), null);
    }
    // The right password is rejected too while the limit holds.
    await assert.rejects(authenticate(db, user.email, "right-password", new Date(start.getTime() + 60_000)), (error: unknown) => {
      return error instanceof AppError && error.code === "RATE_LIMITED";
    });
    // Another e-mail address is not affected.
    assert.equal(await authenticate(db, `other-${user.email}`, "x", start), null);

    const afterWindow = new Date(start.getTime() + 15 * 60_000 + 1000);
    const signedIn = await authenticate(db, user.email, "right-password", afterWindow);
    assert.equal(signedIn?.userId, user.userId);
    const [row] = await db.select().from(rateLimits).where(eq(rateLimits.key, `sign-in:${user.email}`));
    assert.equal(row, undefined, "a successful sign-in clears the failures");
  });

  it("counts concurrent hits in one window", async () => {
    const { db } = database();
    const policy = { limit: 5, windowMs: 60_000 };
    const key = `test:${Math.random()}`;
    const now = new Date("2027-01-10T01:00:00Z");

    await Promise.all(Array.from({ length: 8 }, () => recordRateLimitHit(db, key, policy, now)));
    const state = await checkRateLimit(db, key, policy, now);
    assert.equal(state.count, 8);
    assert.equal(state.limited, true);
    assert.deepEqual(state.resetAt, new Date(now.getTime() + 60_000));

    const later = new Date(now.getTime() + 60_000);
    assert.equal((await checkRateLimit(db, key, policy, later)).limited, false);
    const restarted = await recordRateLimitHit(db, key, policy, later);
    assert.equal(restarted.count, 1);
    assert.equal(restarted.limited, false);
  });
});
