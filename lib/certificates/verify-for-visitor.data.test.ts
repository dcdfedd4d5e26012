import assert from "node:assert/strict";
import { it } from "node:test";
import { describeEachBackend } from "@/db/testing/databases";
import { createTenant } from "@/db/testing/fixtures";
import { createSubmittedApplication, fakeCredentialLoader, fakeRenderAndSign } from "@/lib/applications/testing/application-fixtures";
import { approveAndIssue } from "./issue-certificate";
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
    const unknownToken = "B".repeat(32);

    for (let hit = 0; hit < verificationMissPolicy.limit + 5; hit += 1) {
      const found = await verifyCertificateForVisitor(db, issued.verificationToken, "203.0.113.7", now);
      assert.equal(found.kind, "found");
    }

    for (let miss = 0; miss < verificationMissPolicy.limit; miss += 1) {
      assert.equal((await verifyCertificateForVisitor(db, unknownToken, "203.0.113.7", now)).kind, "notFound");
    }
    const blocked = await verifyCertificateForVisitor(db, issued.verificationToken, "203.0.113.7", now);
    assert.equal(blocked.kind, "rateLimited");
    assert.ok(blocked.kind === "rateLimited" && blocked.retryAfterSeconds > 0);
    assert.equal((await verifyCertificatePdfForVisitor(db, issued.verificationToken, "203.0.113.7", now)).kind, "rateLimited");

    const otherVisitor = await verifyCertificatePdfForVisitor(db, issued.verificationToken, "198.51.100.2", now);
    assert.equal(otherVisitor.kind, "found");

    const afterWindow = new Date(now.getTime() + verificationMissPolicy.windowMs + 1000);
    assert.equal((await verifyCertificateForVisitor(db, issued.verificationToken, "203.0.113.7", afterWindow)).kind, "found");
  });
});
