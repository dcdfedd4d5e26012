import assert from "node:assert/strict";
import { it } from "node:test";
import type { Db } from "@/db/client";
import { describeEachBackend } from "@/db/testing/databases";
import { createTenant } from "@/db/testing/fixtures";
import { createSubmittedApplication, fakeCredentialLoader, fakeRenderAndSign } from "@/lib/applications/testing/application-fixtures";
import { approveAndIssue } from "./issue-certificate";
import { verificationCodeOf } from "./verification-token";
import { verificationMissPolicy, verifyCertificateForVisitor, verifyCertificatePdfForVisitor } from "./verify-for-visitor";

describeEachBackend("verification for visitors", (database) => {
  it("limits misses per visitor, not hits", async () => {
    const { db } = database();
    const tenant = await createTenant(db);
    const applicationId = await createSubmittedApplication(db, tenant.exporter);
    const issued = await approveAndIssue(db, tenant.officer, applicationId, {
      baseUrl: "https://eco.example.la",
      loadCredential: fakeCredentialLoader,
      renderAndSign: fakeRenderAndSign,
    });
    const now = new Date("2027-02-01T03:00:00Z");
    const unknownToken = "B".repeat(28);

    for (let hit = 0; hit < verificationMissPolicy.limit + 5; hit += 1) {
      const found = await verifyCertificateForVisitor(db, issued.verificationToken, "203.0.113.7", now);
      assert.equal(found.kind, "found");
    }

    for (let miss = 0; miss < verificationMissPolicy.limit; miss += 1) {
      assert.equal((await verifyCertificateForVisitor(db, unknownToken, "203.0.113.7", now)).kind, "notFound");
    }
    const blocked = await verifyCertificateForVisitor(db, issued.verificationToken, "203.0.113.7", now);
    assert.equal(blocked.kind, "rateLimited");
    assert.ok(blocked.kind === "rateLimited");
    assert.ok(blocked.retryAfterSeconds > 0);
    assert.equal((await verifyCertificatePdfForVisitor(db, issued.verificationToken, "203.0.113.7", now)).kind, "rateLimited");

    const otherVisitor = await verifyCertificatePdfForVisitor(db, issued.verificationToken, "198.51.100.2", now);
    assert.equal(otherVisitor.kind, "found");

    const afterWindow = new Date(now.getTime() + verificationMissPolicy.windowMs + 1000);
    assert.equal((await verifyCertificateForVisitor(db, issued.verificationToken, "203.0.113.7", afterWindow)).kind, "found");
  });

  it("finds a grouped lower-case code", async () => {
    const { db } = database();
    const tenant = await createTenant(db);
    const applicationId = await createSubmittedApplication(db, tenant.exporter);
    const issued = await approveAndIssue(db, tenant.officer, applicationId, {
      baseUrl: "https://eco.example.la",
      loadCredential: fakeCredentialLoader,
      renderAndSign: fakeRenderAndSign,
    });
    const typed = verificationCodeOf(issued.verificationToken).toLowerCase();

    const summary = await verifyCertificateForVisitor(db, typed, "203.0.113.8");
    assert.equal(summary.kind, "found");
    assert.equal(summary.kind === "found" && summary.value.referenceNumber, issued.referenceNumber);
    const pdf = await verifyCertificatePdfForVisitor(db, typed, "203.0.113.8");
    assert.equal(pdf.kind, "found");
  });

  it("rejects malformed codes without a query", async () => {
    const unusable = new Proxy({} as Db, {
      get() {
        throw new Error("the database was queried");
      },
    });
    for (const code of ["", "A".repeat(27), "U".repeat(28), "../etc/passwd"]) {
      assert.equal((await verifyCertificateForVisitor(unusable, code, "203.0.113.9")).kind, "notFound", code);
      assert.equal((await verifyCertificatePdfForVisitor(unusable, code, "203.0.113.9")).kind, "notFound", code);
    }
  });
});
