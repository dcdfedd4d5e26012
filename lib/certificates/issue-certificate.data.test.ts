import assert from "node:assert/strict";
import { createHash } from "node:crypto";
import { it } from "node:test";
import { and, count, eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { applications, applicationStatusHistory, auditEvents, certificates, referenceCounters, signingCredentials } from "@/db/schema";
import { describeEachBackend } from "@/db/testing/databases";
import { createTenant } from "@/db/testing/fixtures";
import { getApplication } from "@/lib/applications/get-application";
import { returnApplication } from "@/lib/applications/return-application";
import {
  createCompleteDraft,
  createSubmittedApplication,
  fakeCredentialLoader,
  fakeRenderAndSign,
  insertSubmittedApplication,
} from "@/lib/applications/testing/application-fixtures";
import { AppError } from "@/lib/errors";
import { rejectsWith } from "@/lib/testing/assert-app-error";
import { getCertificatePdf } from "./get-certificate-pdf";
import { getCertificatePdfByToken, getPublicCertificate } from "./get-public-certificate";
import { getOrCreateDevelopmentCredential, getSigningCredential } from "./get-signing-credential";
import { approveAndIssue, type ApproveAndIssueOptions } from "./issue-certificate";
import { verificationCodeOf } from "./verification-token";

const baseUrl = "https://eco.example.la";
const fakeIssue: ApproveAndIssueOptions = { baseUrl, loadCredential: fakeCredentialLoader, renderAndSign: fakeRenderAndSign };

async function countWhere(db: Db, table: typeof certificates | typeof auditEvents, condition: ReturnType<typeof eq>) {
  const [{ value }] = await db.select({ value: count() }).from(table).where(condition);
  return Number(value);
}

/** A tenant with an insert helper for submitted applications of its company. */
async function tenantWithApplications(db: Db) {
  const tenant = await createTenant(db);
  const submit = (importingCountry = "TH") =>
    insertSubmittedApplication(db, { companyId: tenant.company.id, officeId: tenant.office.id, createdBy: tenant.exporter.userId }, importingCountry);
  return { ...tenant, submit };
}

describeEachBackend("certificate issuing", (database) => {
  it("issues a signed PDF with the real renderer", async () => {
    const { db } = database();
    const tenant = await createTenant(db);
    const applicationId = await createSubmittedApplication(db, tenant.exporter);

    const issued = await approveAndIssue(db, tenant.officer, applicationId, {
      now: new Date("2027-03-10T03:00:00Z"),
      baseUrl,
      loadCredential: (database) => getSigningCredential(database, {}),
    });

    assert.equal(issued.referenceNumber, `LA-TH 27/${tenant.office.code}/00001`);
    assert.equal(issued.issueDate, "2027-03-10");
    assert.equal(issued.specimen, true);
    assert.match(issued.verificationToken, /^[0-9ABCDEFGHJKMNPQRSTVWXYZ]{28}$/);

    const [stored] = await db.select().from(certificates).where(eq(certificates.id, issued.id));
    assert.equal(stored.pdf.subarray(0, 5).toString("latin1"), "%PDF-");
    assert.equal(stored.pdfSha256, createHash("sha256").update(stored.pdf).digest("hex"));
    assert.equal(stored.pdfSha256, issued.pdfSha256);
    assert.equal(stored.specimen, true);
    assert.equal(stored.year, 2027);
    assert.equal(stored.serial, 1);
    assert.equal(stored.issuedBy, tenant.officer.userId);
    // A signed PDF carries a /ByteRange and a PKCS#7 /Contents.
    assert.ok(stored.pdf.includes("/ByteRange"), "PDF has no signature");

    const view = await getApplication(db, tenant.exporter, applicationId);
    assert.equal(view.status, "issued");
    assert.equal(view.certificate?.referenceNumber, issued.referenceNumber);
    assert.equal(view.certificate?.verificationToken, issued.verificationToken);
    assert.deepEqual(
      view.statusHistory.map((entry) => entry.toStatus),
      ["draft", "submitted", "issued"],
    );

    const [event] = await db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.entityId, applicationId), eq(auditEvents.action, "certificate.issued")));
    assert.equal(event.actorUserId, tenant.officer.userId);
    assert.equal(event.officeId, tenant.office.id);
    assert.equal((event.data as Record<string, unknown>).certificateId, issued.id);
    assert.equal((event.data as Record<string, unknown>).referenceNumber, issued.referenceNumber);
  });

  it("gives twenty concurrent approvals serials 1 to 20", async () => {
    const { db } = database();
    const tenant = await tenantWithApplications(db);
    const ids: string[] = [];
    for (let index = 0; index < 20; index++) ids.push(await tenant.submit(index % 2 === 0 ? "TH" : "VN"));

    const issued = await Promise.all(
      ids.map((id) => approveAndIssue(db, tenant.officer, id, { ...fakeIssue, now: new Date("2027-06-01T02:00:00Z") })),
    );

    const rows = await db.select().from(certificates).where(eq(certificates.officeId, tenant.office.id));
    assert.deepEqual(
      rows.map((row) => row.serial).sort((left, right) => left - right),
      Array.from({ length: 20 }, (_, index) => index + 1),
    );
    assert.equal(new Set(issued.map((certificate) => certificate.referenceNumber)).size, 20);
    for (const certificate of issued) {
      assert.match(certificate.referenceNumber, new RegExp(`^LA-(TH|VN) 27/${tenant.office.code}/000(0[1-9]|1[0-9]|20)$`));
    }
    const [counter] = await db.select().from(referenceCounters).where(eq(referenceCounters.officeId, tenant.office.id));
    assert.equal(counter.lastSerial, 20);
  });

  it("issues once for two concurrent approvals", async () => {
    const { db } = database();
    const tenant = await tenantWithApplications(db);
    const id = await tenant.submit();

    const results = await Promise.allSettled([approveAndIssue(db, tenant.officer, id, fakeIssue), approveAndIssue(db, tenant.officer, id, fakeIssue)]);
    const fulfilled = results.filter((result) => result.status === "fulfilled");
    const rejected = results.filter((result): result is PromiseRejectedResult => result.status === "rejected");
    assert.equal(fulfilled.length, 1);
    assert.equal(rejected.length, 1);
    assert.ok(rejected[0].reason instanceof AppError);
    assert.equal(rejected[0].reason.code, "ALREADY_DECIDED");
    assert.equal(await countWhere(db, certificates, eq(certificates.applicationId, id)), 1);
    assert.equal(
      await countWhere(db, auditEvents, and(eq(auditEvents.entityId, id), eq(auditEvents.action, "certificate.issued"))!),
      1,
    );
  });

  it("dates the certificate in Vientiane time", async () => {
    const { db } = database();
    const tenant = await tenantWithApplications(db);

    // 17:30 UTC on 14 January is 00:30 on 15 January in Vientiane.
    const january = await approveAndIssue(db, tenant.officer, await tenant.submit(), {
      ...fakeIssue,
      now: new Date("2027-01-14T17:30:00Z"),
    });
    assert.equal(january.issueDate, "2027-01-15");
    assert.equal(january.referenceNumber, `LA-TH 27/${tenant.office.code}/00001`);

    // 17:30 UTC on 31 December 2026 is already 2027 in Vientiane, so the 2027 counter continues.
    const newYear = await approveAndIssue(db, tenant.officer, await tenant.submit(), {
      ...fakeIssue,
      now: new Date("2026-12-31T17:30:00Z"),
    });
    assert.equal(newYear.issueDate, "2027-01-01");
    assert.equal(newYear.referenceNumber, `LA-TH 27/${tenant.office.code}/00002`);

    // 16:59 UTC on 31 December 2026 is still 2026: a new counter for that year.
    const lastDay = await approveAndIssue(db, tenant.officer, await tenant.submit(), {
      ...fakeIssue,
      now: new Date("2026-12-31T16:59:00Z"),
    });
    assert.equal(lastDay.issueDate, "2026-12-31");
    assert.equal(lastDay.referenceNumber, `LA-TH 26/${tenant.office.code}/00001`);
  });

  it("rolls back everything when rendering fails", async () => {
    const { db } = database();
    const tenant = await tenantWithApplications(db);
    const id = await tenant.submit();

    await rejectsWith(
      approveAndIssue(db, tenant.officer, id, {
        ...fakeIssue,
        renderAndSign: async () => {
          throw new Error("layout loop");
        },
      }),
      "RENDER_FAILED",
    );
    await rejectsWith(
      approveAndIssue(db, tenant.officer, id, {
        ...fakeIssue,
        renderAndSign: async () => {
          throw new AppError("SIGNING_FAILED", "bad key");
        },
      }),
      "SIGNING_FAILED",
    );

    assert.equal(await countWhere(db, certificates, eq(certificates.applicationId, id)), 0);
    const [application] = await db.select().from(applications).where(eq(applications.id, id));
    assert.equal(application.status, "submitted");
    assert.equal(await countWhere(db, auditEvents, eq(auditEvents.entityId, id)), 0);
    const history = await db.select().from(applicationStatusHistory).where(eq(applicationStatusHistory.applicationId, id));
    assert.equal(history.length, 0);
    const counters = await db.select().from(referenceCounters).where(eq(referenceCounters.officeId, tenant.office.id));
    assert.deepEqual(counters, []);

    // The serial was not used up: the next approval still gets 00001.
    const issued = await approveAndIssue(db, tenant.officer, id, { ...fakeIssue, now: new Date("2027-02-01T03:00:00Z") });
    assert.equal(issued.referenceNumber, `LA-TH 27/${tenant.office.code}/00001`);
  });

  it("enforces role, office and status", async () => {
    const { db } = database();
    const vientiane = await tenantWithApplications(db);
    const champasak = await tenantWithApplications(db);
    const id = await vientiane.submit();

    await rejectsWith(approveAndIssue(db, champasak.officer, id, fakeIssue), "NOT_FOUND");
    await rejectsWith(approveAndIssue(db, vientiane.exporter, id, fakeIssue), "FORBIDDEN");
    await rejectsWith(approveAndIssue(db, vientiane.officer, "not-a-uuid", fakeIssue), "NOT_FOUND");
    assert.equal(await countWhere(db, certificates, eq(certificates.applicationId, id)), 0);

    const draft = await createCompleteDraft(db, vientiane.exporter);
    await rejectsWith(approveAndIssue(db, vientiane.officer, draft, fakeIssue), "NOT_FOUND");

    await returnApplication(db, vientiane.officer, id, "Attach the invoice");
    await rejectsWith(approveAndIssue(db, vientiane.officer, id, fakeIssue), "ALREADY_DECIDED");

    const other = await vientiane.submit();
    await approveAndIssue(db, vientiane.officer, other, fakeIssue);
    await rejectsWith(approveAndIssue(db, vientiane.officer, other, fakeIssue), "ALREADY_DECIDED");
    await rejectsWith(returnApplication(db, vientiane.officer, other, "Too late"), "ALREADY_DECIDED");
  });

  it("shows only the minimum on the public page", async () => {
    const { db } = database();
    const tenant = await createTenant(db);
    const id = await createSubmittedApplication(db, tenant.exporter);
    const issued = await approveAndIssue(db, tenant.officer, id, { ...fakeIssue, now: new Date("2027-01-14T17:30:00Z") });

    const certificate = await getPublicCertificate(db, issued.verificationToken, { now: new Date("2027-02-01T00:00:00Z") });
    assert.deepEqual(certificate, {
      status: "valid",
      referenceNumber: issued.referenceNumber,
      formType: "D",
      issueDate: "2027-01-15",
      validUntil: "2028-01-15",
      issuingOffice: { nameEn: tenant.office.nameEn, nameLo: tenant.office.nameLo },
      exporter: { nameEn: tenant.company.nameEn, nameLo: tenant.company.nameLo },
      consigneeName: "Siam Coffee Trading Co., Ltd.",
      importingCountry: "TH",
      specimen: true,
      items: [
        {
          itemNumber: 1,
          description: "Roasted coffee beans, not decaffeinated, brand Nam Kham",
          hsCode: "0901.21",
          originCriterion: "72%",
          quantity: "1050.5",
          quantityUnit: "KGM",
        },
      ],
    });
    const serialised = JSON.stringify(certificate);
    for (const secret of ["1234.10", "Sukhumvit", tenant.company.addressEn, "NKC-2027-001", "Truck 80-1234"]) {
      assert.ok(!serialised.includes(secret), `public data leaks ${secret}`);
    }

    const expired = await getPublicCertificate(db, issued.verificationToken, { now: new Date("2028-01-16T00:00:00Z") });
    assert.equal(expired?.status, "expired");

    await db.update(certificates).set({ status: "revoked" }).where(eq(certificates.id, issued.id));
    assert.equal((await getPublicCertificate(db, issued.verificationToken))?.status, "revoked");
  });

  it("returns null for unknown or malformed tokens", async () => {
    const { db } = database();
    assert.equal(await getPublicCertificate(db, "A".repeat(28)), null);
    assert.equal(await getCertificatePdfByToken(db, "A".repeat(28)), null);

    // Malformed tokens are rejected before any query: this database object throws when used.
    const unusable = new Proxy({} as Db, {
      get() {
        throw new Error("the database was queried");
      },
    });
    const malformed = ["", "short", "A".repeat(27), "A".repeat(29), "U".repeat(28), "A".repeat(27) + "!", "' or 1=1 --AAAAAAAAAAAAAAAAAAAAA"];
    for (const token of malformed) {
      assert.equal(await getPublicCertificate(unusable, token), null, token);
      assert.equal(await getCertificatePdfByToken(unusable, token), null, token);
    }
  });

  it("finds a certificate by typed code", async () => {
    const { db } = database();
    const tenant = await createTenant(db);
    const id = await createSubmittedApplication(db, tenant.exporter);
    const issued = await approveAndIssue(db, tenant.officer, id, fakeIssue);
    const typed = verificationCodeOf(issued.verificationToken).toLowerCase();
    assert.match(typed, /^[0-9a-z]{4}(-[0-9a-z]{4}){6}$/);

    const certificate = await getPublicCertificate(db, typed);
    assert.equal(certificate?.referenceNumber, issued.referenceNumber);
    const pdf = await getCertificatePdfByToken(db, ` ${typed.replaceAll("-", " ")} `);
    assert.equal(pdf?.referenceNumber, issued.referenceNumber);

    // A reader who types I, L or O for 1 and 0 still reaches the certificate.
    const misread = issued.verificationToken.replaceAll("1", "l").replaceAll("0", "O");
    assert.equal((await getPublicCertificate(db, misread))?.referenceNumber, issued.referenceNumber);
  });

  it("serves the PDF within scope only", async () => {
    const { db } = database();
    const owner = await tenantWithApplications(db);
    const stranger = await tenantWithApplications(db);
    const issued = await approveAndIssue(db, owner.officer, await owner.submit(), fakeIssue);

    const forExporter = await getCertificatePdf(db, owner.exporter, issued.id);
    assert.equal(forExporter.referenceNumber, issued.referenceNumber);
    assert.equal(forExporter.sha256, createHash("sha256").update(forExporter.pdf).digest("hex"));
    assert.equal((await getCertificatePdf(db, owner.officer, issued.id)).referenceNumber, issued.referenceNumber);

    await rejectsWith(getCertificatePdf(db, stranger.exporter, issued.id), "NOT_FOUND");
    await rejectsWith(getCertificatePdf(db, stranger.officer, issued.id), "NOT_FOUND");
    await rejectsWith(getCertificatePdf(db, owner.exporter, "nope"), "NOT_FOUND");

    const byToken = await getCertificatePdfByToken(db, issued.verificationToken);
    assert.ok(byToken);
    assert.deepEqual(byToken.pdf, forExporter.pdf);
  });

  it("creates one development credential under concurrency", async () => {
    const { db } = database();
    await db.delete(signingCredentials);
    const credentials = await Promise.all([
      getOrCreateDevelopmentCredential(db),
      getOrCreateDevelopmentCredential(db),
      getOrCreateDevelopmentCredential(db),
    ]);
    const rows = await db.select().from(signingCredentials);
    assert.equal(rows.length, 1);
    assert.equal(rows[0].development, true);
    assert.ok(rows[0].rootCertificatePem?.startsWith("-----BEGIN CERTIFICATE-----"));
    for (const credential of credentials) assert.deepEqual(credential.p12, rows[0].p12);

    const signing = await getSigningCredential(db, {});
    assert.equal(signing.development, true);
    assert.deepEqual(signing.p12, rows[0].p12);
  });
});
