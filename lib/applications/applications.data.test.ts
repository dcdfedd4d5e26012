import assert from "node:assert/strict";
import { it } from "node:test";
import { and, eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { applicationItems, applications, applicationStatusHistory, auditEvents, companies } from "@/db/schema";
import { describeEachBackend } from "@/db/testing/databases";
import { createTenant } from "@/db/testing/fixtures";
import { createApplication } from "@/lib/applications/create-application";
import { getApplication } from "@/lib/applications/get-application";
import { listApplications } from "@/lib/applications/list-applications";
import { returnApplication } from "@/lib/applications/return-application";
import { saveApplicationStep } from "@/lib/applications/save-application-step";
import { submitApplication } from "@/lib/applications/submit-application";
import { approveAndIssue, type ApproveAndIssueOptions } from "@/lib/certificates/issue-certificate";
import type { AppError } from "@/lib/errors";
import { rejectsWith } from "@/lib/testing/assert-app-error";
import {
  consigneeStep,
  createCompleteDraft,
  createSubmittedApplication,
  declarationStep,
  fakeCredentialLoader,
  fakeRenderAndSign,
  goodsItem,
  invoiceStep,
  transportStep,
} from "./testing/application-fixtures";

const fakeIssue: ApproveAndIssueOptions = { baseUrl: "https://eco.example.la", loadCredential: fakeCredentialLoader, renderAndSign: fakeRenderAndSign };

/** Set when an application entered its current status, as its latest history row records it. */
async function setStatusChangedAt(db: Db, applicationId: string, toStatus: "returned" | "issued", at: string): Promise<void> {
  await db
    .update(applicationStatusHistory)
    .set({ createdAt: new Date(at) })
    .where(and(eq(applicationStatusHistory.applicationId, applicationId), eq(applicationStatusHistory.toStatus, toStatus)));
}

function issueList(error: AppError): string[] {
  return error.issues.map((issue) => `${issue.path}: ${issue.code}`);
}

async function auditActions(db: Db, applicationId: string): Promise<string[]> {
  const rows = await db
    .select({ action: auditEvents.action })
    .from(auditEvents)
    .where(and(eq(auditEvents.entityType, "application"), eq(auditEvents.entityId, applicationId)))
    .orderBy(auditEvents.id);
  return rows.map((row) => row.action);
}

describeEachBackend("application operations", (database) => {
  it("creates a draft in the company's office", async () => {
    const { db } = database();
    const tenant = await createTenant(db);
    const { id } = await createApplication(db, tenant.exporter, { formType: "D" });

    const view = await getApplication(db, tenant.exporter, id);
    assert.equal(view.status, "draft");
    assert.equal(view.officeId, tenant.office.id);
    assert.equal(view.companyId, tenant.company.id);
    assert.equal(view.lastStep, 0);
    assert.deepEqual(
      view.statusHistory.map((entry) => [entry.fromStatus, entry.toStatus]),
      [[null, "draft"]],
    );
    assert.deepEqual(await auditActions(db, id), ["application.created"]);
  });

  it("rejects creation by officers and unapproved companies", async () => {
    const { db } = database();
    const tenant = await createTenant(db);
    await rejectsWith(createApplication(db, tenant.officer, { formType: "D" }), "FORBIDDEN");

    await db.update(companies).set({ status: "suspended" }).where(eq(companies.id, tenant.company.id));
    await rejectsWith(createApplication(db, tenant.exporter, { formType: "D" }), "FORBIDDEN");
  });

  it("resumes a draft with every field", async () => {
    const { db } = database();
    const tenant = await createTenant(db);
    const items = [
      goodsItem(),
      goodsItem({
        marksAndNumbers: "N/M",
        packageCount: "12",
        packageKind: "XCT",
        description: "Instant coffee in 200 g jars",
        hsCode: "2101.11.10",
        originCriterion: "ctsh",
        quantity: "240.125",
        quantityUnit: "KGM",
        fobValue: "",
        fobCurrency: "THB",
      }),
    ];
    const id = await createCompleteDraft(db, tenant.exporter, items);
    await saveApplicationStep(db, tenant.exporter, id, "declaration", { declarationPlace: "Pakse", declarantName: "Bounmy" });

    const view = await getApplication(db, tenant.exporter, id);
    assert.equal(view.lastStep, 5);
    assert.equal(view.consigneeName, consigneeStep.consigneeName);
    assert.equal(view.consigneeAddress, consigneeStep.consigneeAddress);
    assert.equal(view.importingCountry, "TH");
    assert.equal(view.departureDate, transportStep.departureDate);
    assert.equal(view.transportMode, "road");
    assert.equal(view.vehicleOrVessel, transportStep.vehicleOrVessel);
    assert.equal(view.portOfLoading, transportStep.portOfLoading);
    assert.equal(view.portOfDischarge, transportStep.portOfDischarge);
    assert.equal(view.invoiceNumber, invoiceStep.invoiceNumber);
    assert.equal(view.invoiceDate, invoiceStep.invoiceDate);
    assert.deepEqual(view.box13, {
      thirdCountryInvoicing: false,
      exhibition: false,
      accumulation: true,
      deMinimis: false,
      backToBack: false,
      issuedRetroactively: false,
      partialCumulation: false,
    });
    assert.equal(view.thirdCountryInvoicerName, null);
    assert.equal(view.thirdCountryInvoicerCountry, null);
    assert.equal(view.declarationPlace, "Pakse");
    assert.equal(view.declarantName, "Bounmy");
    assert.equal(view.declarationDate, null);

    assert.deepEqual(view.items, [
      {
        lineNumber: 1,
        marksAndNumbers: "NKC/TH/01-40",
        packageCount: 40,
        packageKind: "XBG",
        hsCode: "090121",
        description: "Roasted coffee beans, not decaffeinated, brand Nam Kham",
        originCriterion: "72%",
        quantity: "1050.5",
        quantityUnit: "KGM",
        fobValue: "1234.10",
        fobCurrency: "USD",
      },
      {
        lineNumber: 2,
        marksAndNumbers: "N/M",
        packageCount: 12,
        packageKind: "XCT",
        hsCode: "21011110",
        description: "Instant coffee in 200 g jars",
        originCriterion: "CTSH",
        quantity: "240.125",
        quantityUnit: "KGM",
        fobValue: null,
        fobCurrency: null,
      },
    ]);
  });

  it("round-trips FOB 1234.10 through the database", async () => {
    const { db } = database();
    const tenant = await createTenant(db);
    const id = await createCompleteDraft(db, tenant.exporter, [goodsItem({ fobValue: "1234.10" })]);

    const [stored] = await db.select({ fobValue: applicationItems.fobValue }).from(applicationItems).where(eq(applicationItems.applicationId, id));
    assert.equal(stored.fobValue, "1234.10");
    const view = await getApplication(db, tenant.exporter, id);
    assert.equal(view.items[0].fobValue, "1234.10");
  });

  it("replaces items when goods are saved again", async () => {
    const { db } = database();
    const tenant = await createTenant(db);
    const id = await createCompleteDraft(db, tenant.exporter, [goodsItem(), goodsItem(), goodsItem()]);
    await saveApplicationStep(db, tenant.exporter, id, "goods", { items: [goodsItem({ description: "Only item" })] });

    const view = await getApplication(db, tenant.exporter, id);
    assert.deepEqual(
      view.items.map((item) => [item.lineNumber, item.description]),
      [[1, "Only item"]],
    );
  });

  it("reports an empty gross weight as required", async () => {
    const { db } = database();
    const tenant = await createTenant(db);
    const { id } = await createApplication(db, tenant.exporter, { formType: "D" });

    const error = await rejectsWith(
      saveApplicationStep(db, tenant.exporter, id, "goods", { items: [goodsItem(), goodsItem({ quantity: "" })] }),
      "VALIDATION_FAILED",
    );
    assert.deepEqual(issueList(error), ["items.1.quantity: required"]);
    const items = await db.select().from(applicationItems).where(eq(applicationItems.applicationId, id));
    assert.equal(items.length, 0);
  });

  it("reports FOB errors with dotted paths", async () => {
    const { db } = database();
    const tenant = await createTenant(db);
    const { id } = await createApplication(db, tenant.exporter, { formType: "D" });

    const error = await rejectsWith(
      saveApplicationStep(db, tenant.exporter, id, "goods", {
        items: [goodsItem({ fobValue: "1234.565" }), goodsItem({ fobValue: "12O4" }), goodsItem({ fobValue: "" })],
      }),
      "VALIDATION_FAILED",
    );
    assert.deepEqual(issueList(error), [
      "items.0.fobValue: tooManyDecimals",
      "items.1.fobValue: invalidNumber",
      "items.2.fobValue: fobRequiredForRvc",
    ]);
  });

  it("rejects HS codes missing from HS 2022", async () => {
    const { db } = database();
    const tenant = await createTenant(db);
    const { id } = await createApplication(db, tenant.exporter, { formType: "D" });

    const error = await rejectsWith(
      saveApplicationStep(db, tenant.exporter, id, "goods", {
        items: [goodsItem(), goodsItem({ hsCode: "0901.99" }), goodsItem({ hsCode: "8107.20" })],
      }),
      "VALIDATION_FAILED",
    );
    assert.deepEqual(issueList(error), ["items.1.hsCode: invalidHsCode", "items.2.hsCode: invalidHsCode"]);
  });

  it("checks the invoice date against the saved departure", async () => {
    const { db } = database();
    const tenant = await createTenant(db);
    const { id } = await createApplication(db, tenant.exporter, { formType: "D" });
    await saveApplicationStep(db, tenant.exporter, id, "transport", transportStep);

    const error = await rejectsWith(
      saveApplicationStep(db, tenant.exporter, id, "invoice", { ...invoiceStep, invoiceDate: "2027-01-21" }),
      "VALIDATION_FAILED",
    );
    assert.deepEqual(issueList(error), ["invoiceDate: invoiceAfterDeparture"]);
  });

  it("submits with the Lao declaration date", async () => {
    const { db } = database();
    const tenant = await createTenant(db);
    const id = await createCompleteDraft(db, tenant.exporter);
    // 23:30 UTC on 19 January is 06:30 on 20 January in Vientiane.
    await submitApplication(db, tenant.exporter, id, declarationStep, { now: new Date("2027-01-19T23:30:00Z") });

    const view = await getApplication(db, tenant.exporter, id);
    assert.equal(view.status, "submitted");
    assert.equal(view.declarationDate, "2027-01-20");
    assert.equal(view.declarationPlace, "Pakse");
    assert.equal(view.declarantName, declarationStep.declarantName);
    assert.deepEqual(await auditActions(db, id), ["application.created", "application.submitted"]);
    assert.deepEqual(
      view.statusHistory.map((entry) => entry.toStatus),
      ["draft", "submitted"],
    );
  });

  it("requires the accepted declaration on submit", async () => {
    const { db } = database();
    const tenant = await createTenant(db);
    const id = await createCompleteDraft(db, tenant.exporter);

    const error = await rejectsWith(
      submitApplication(db, tenant.exporter, id, { ...declarationStep, accept: false }),
      "VALIDATION_FAILED",
    );
    assert.deepEqual(issueList(error), ["accept: mustAccept"]);
    assert.equal((await getApplication(db, tenant.exporter, id)).status, "draft");
  });

  it("rejects submitting an incomplete draft", async () => {
    const { db } = database();
    const tenant = await createTenant(db);
    const { id } = await createApplication(db, tenant.exporter, { formType: "D" });
    await saveApplicationStep(db, tenant.exporter, id, "consignee", consigneeStep);

    const error = await rejectsWith(submitApplication(db, tenant.exporter, id, declarationStep), "VALIDATION_FAILED");
    const paths = error.issues.map((issue) => issue.path);
    for (const path of ["departureDate", "transportMode", "portOfLoading", "portOfDischarge", "items", "invoiceNumber", "invoiceDate"]) {
      assert.ok(paths.includes(path), `missing issue for ${path}: ${paths.join(", ")}`);
    }
  });

  it("validates stored data again on submit", async () => {
    const { db } = database();
    const tenant = await createTenant(db);
    const id = await createCompleteDraft(db, tenant.exporter, [goodsItem({ originCriterion: "WO", fobValue: "" })]);
    // Stored data that a newer rule no longer accepts: an RVC criterion without FOB, and an HS
    // code outside HS 2022.
    await db
      .update(applicationItems)
      .set({ originCriterion: "55%", hsCode: "999999" })
      .where(eq(applicationItems.applicationId, id));

    const error = await rejectsWith(submitApplication(db, tenant.exporter, id, declarationStep), "VALIDATION_FAILED");
    assert.deepEqual(issueList(error), ["items.0.fobValue: fobRequiredForRvc"]);

    await db.update(applicationItems).set({ originCriterion: "WO" }).where(eq(applicationItems.applicationId, id));
    const hsError = await rejectsWith(submitApplication(db, tenant.exporter, id, declarationStep), "VALIDATION_FAILED");
    assert.deepEqual(issueList(hsError), ["items.0.hsCode: invalidHsCode"]);
    assert.equal((await getApplication(db, tenant.exporter, id)).status, "draft");
  });

  it("rejects edits after submission", async () => {
    const { db } = database();
    const tenant = await createTenant(db);
    const id = await createSubmittedApplication(db, tenant.exporter);

    await rejectsWith(saveApplicationStep(db, tenant.exporter, id, "consignee", consigneeStep), "INVALID_STATUS");
    await rejectsWith(submitApplication(db, tenant.exporter, id, declarationStep), "INVALID_STATUS");
  });

  it("returns with a reason the exporter sees", async () => {
    const { db } = database();
    const tenant = await createTenant(db);
    const id = await createSubmittedApplication(db, tenant.exporter);

    await returnApplication(db, tenant.officer, id, "  Box 7: add the trademark of the coffee.  ");
    const view = await getApplication(db, tenant.exporter, id);
    assert.equal(view.status, "returned");
    assert.equal(view.returnReason, "Box 7: add the trademark of the coffee.");
    const last = view.statusHistory.at(-1)!;
    assert.equal(last.toStatus, "returned");
    assert.equal(last.reason, "Box 7: add the trademark of the coffee.");
    assert.equal(last.actorName, tenant.officer.name);
    assert.deepEqual(await auditActions(db, id), ["application.created", "application.submitted", "application.returned"]);

    // The exporter amends the returned application and submits it again.
    await saveApplicationStep(db, tenant.exporter, id, "goods", { items: [goodsItem({ description: "Roasted coffee beans, brand Nam Kham" })] });
    await submitApplication(db, tenant.exporter, id, declarationStep);
    assert.equal((await getApplication(db, tenant.exporter, id)).status, "submitted");
    await rejectsWith(returnApplication(db, tenant.officer, id, "x".repeat(1001)), "VALIDATION_FAILED");
  });

  it("requires a return reason", async () => {
    const { db } = database();
    const tenant = await createTenant(db);
    const id = await createSubmittedApplication(db, tenant.exporter);

    const error = await rejectsWith(returnApplication(db, tenant.officer, id, "   "), "VALIDATION_FAILED");
    assert.deepEqual(issueList(error), ["reason: required"]);
    const tooLong = await rejectsWith(returnApplication(db, tenant.officer, id, "x".repeat(1001)), "VALIDATION_FAILED");
    assert.deepEqual(tooLong.issues, [{ path: "reason", code: "tooLong", params: { max: 1000 } }]);
    await returnApplication(db, tenant.officer, id, "x".repeat(1000));
    await rejectsWith(returnApplication(db, tenant.officer, id, "again"), "ALREADY_DECIDED");
  });

  it("lists by scope with the officer queue oldest first", async () => {
    const { db } = database();
    const tenant = await createTenant(db);
    const draftId = await createCompleteDraft(db, tenant.exporter);
    const first = await createSubmittedApplication(db, tenant.exporter);
    const second = await createSubmittedApplication(db, tenant.exporter);

    const exporterList = await listApplications(db, tenant.exporter);
    assert.deepEqual(exporterList.map((row) => row.id).sort(), [draftId, first, second].sort());
    assert.equal(exporterList.find((row) => row.id === first)!.itemCount, 1);
    assert.equal(exporterList.find((row) => row.id === first)!.exporterName.en, tenant.company.nameEn);

    const queue = await listApplications(db, tenant.officer);
    assert.deepEqual(
      queue.map((row) => row.id),
      [first, second],
    );
    assert.deepEqual(await listApplications(db, tenant.officer, { status: "draft" }), []);
    assert.deepEqual(
      (await listApplications(db, tenant.exporter, { status: "draft" })).map((row) => row.id),
      [draftId],
    );
  });

  it("lists an office's decided applications, newest decision first", async () => {
    const { db } = database();
    const vientiane = await createTenant(db);
    const champasak = await createTenant(db);
    const waiting = await createSubmittedApplication(db, vientiane.exporter);
    const issuedFirst = await createSubmittedApplication(db, vientiane.exporter);
    const issuedSecond = await createSubmittedApplication(db, vientiane.exporter);
    const returnedEarlier = await createSubmittedApplication(db, vientiane.exporter);
    const returnedLater = await createSubmittedApplication(db, vientiane.exporter);
    const otherOffice = await createSubmittedApplication(db, champasak.exporter);

    // Decided in one order, then dated in the other, so only the decision time can give the order.
    const firstCertificate = await approveAndIssue(db, vientiane.officer, issuedFirst, fakeIssue);
    const secondCertificate = await approveAndIssue(db, vientiane.officer, issuedSecond, fakeIssue);
    await setStatusChangedAt(db, issuedFirst, "issued", "2027-02-02T09:00:00Z");
    await setStatusChangedAt(db, issuedSecond, "issued", "2027-02-01T09:00:00Z");
    await returnApplication(db, vientiane.officer, returnedLater, "Box 7: add the trademark.");
    await returnApplication(db, vientiane.officer, returnedEarlier, "Box 9: gross weight missing.");
    await setStatusChangedAt(db, returnedLater, "returned", "2027-02-03T09:00:00Z");
    await setStatusChangedAt(db, returnedEarlier, "returned", "2027-01-30T09:00:00Z");
    await approveAndIssue(db, champasak.officer, otherOffice, fakeIssue);

    const issued = await listApplications(db, vientiane.officer, { status: "issued" });
    assert.deepEqual(
      issued.map((row) => row.id),
      [issuedFirst, issuedSecond],
    );
    assert.deepEqual(issued[0].certificate, { id: firstCertificate.id, referenceNumber: firstCertificate.referenceNumber });
    assert.deepEqual(issued[1].certificate, { id: secondCertificate.id, referenceNumber: secondCertificate.referenceNumber });
    assert.equal(issued[0].statusChangedAt?.toISOString(), "2027-02-02T09:00:00.000Z");

    const returned = await listApplications(db, vientiane.officer, { status: "returned" });
    assert.deepEqual(
      returned.map((row) => row.id),
      [returnedLater, returnedEarlier],
    );
    assert.equal(returned[0].returnReason, "Box 7: add the trademark.");
    assert.equal(returned[0].certificate, null);
    assert.equal(returned[1].statusChangedAt?.toISOString(), "2027-01-30T09:00:00.000Z");

    assert.deepEqual(
      (await listApplications(db, vientiane.officer)).map((row) => row.id),
      [waiting],
    );

    // Another office's decisions never appear, in any status.
    for (const status of ["submitted", "returned", "issued"] as const) {
      const rows = await listApplications(db, vientiane.officer, { status });
      assert.ok(!rows.some((row) => row.id === otherOffice), `${status} list of Vientiane shows Champasak's application`);
    }
    assert.deepEqual(
      (await listApplications(db, champasak.officer, { status: "issued" })).map((row) => row.id),
      [otherOffice],
    );
    assert.deepEqual(await listApplications(db, champasak.officer, { status: "returned" }), []);
  });

  it("records each step of a resubmitted application's history", async () => {
    const { db } = database();
    const tenant = await createTenant(db);
    const id = await createSubmittedApplication(db, tenant.exporter);
    await returnApplication(db, tenant.officer, id, "Box 7: add the trademark.");
    await submitApplication(db, tenant.exporter, id, declarationStep);
    await approveAndIssue(db, tenant.officer, id, fakeIssue);

    for (const reader of [tenant.officer, tenant.exporter]) {
      const history = (await getApplication(db, reader, id)).statusHistory;
      assert.deepEqual(
        history.map((entry) => [entry.fromStatus, entry.toStatus, entry.actorName, entry.reason]),
        [
          [null, "draft", tenant.exporter.name, null],
          ["draft", "submitted", tenant.exporter.name, null],
          ["submitted", "returned", tenant.officer.name, "Box 7: add the trademark."],
          ["returned", "submitted", tenant.exporter.name, null],
          ["submitted", "issued", tenant.officer.name, null],
        ],
      );
      for (const entry of history) assert.ok(entry.createdAt instanceof Date);
    }
  });

  it("hides another company's applications from an exporter", async () => {
    const { db } = database();
    const companyA = await createTenant(db);
    const companyB = await createTenant(db);
    const id = await createCompleteDraft(db, companyA.exporter);

    await rejectsWith(getApplication(db, companyB.exporter, id), "NOT_FOUND");
    await rejectsWith(saveApplicationStep(db, companyB.exporter, id, "consignee", consigneeStep), "NOT_FOUND");
    await rejectsWith(submitApplication(db, companyB.exporter, id, declarationStep), "NOT_FOUND");
    assert.deepEqual(await listApplications(db, companyB.exporter), []);

    const [stored] = await db.select().from(applications).where(eq(applications.id, id));
    assert.equal(stored.status, "draft");
  });

  it("hides another office's applications from an officer", async () => {
    const { db } = database();
    const vientiane = await createTenant(db);
    const champasak = await createTenant(db);
    const id = await createSubmittedApplication(db, vientiane.exporter);

    await rejectsWith(getApplication(db, champasak.officer, id), "NOT_FOUND");
    await rejectsWith(returnApplication(db, champasak.officer, id, "Not ours"), "NOT_FOUND");
    assert.deepEqual(await listApplications(db, champasak.officer), []);
    assert.equal((await getApplication(db, vientiane.officer, id)).status, "submitted");
  });

  it("hides drafts from officers", async () => {
    const { db } = database();
    const tenant = await createTenant(db);
    const id = await createCompleteDraft(db, tenant.exporter);
    await rejectsWith(getApplication(db, tenant.officer, id), "NOT_FOUND");
  });

  it("forbids officers to edit and exporters to return", async () => {
    const { db } = database();
    const tenant = await createTenant(db);
    const id = await createSubmittedApplication(db, tenant.exporter);

    await rejectsWith(saveApplicationStep(db, tenant.officer, id, "consignee", consigneeStep), "FORBIDDEN");
    await rejectsWith(submitApplication(db, tenant.officer, id, declarationStep), "FORBIDDEN");
    await rejectsWith(returnApplication(db, tenant.exporter, id, "Self-return"), "FORBIDDEN");
  });

  it("treats malformed ids as not found", async () => {
    const { db } = database();
    const tenant = await createTenant(db);
    await rejectsWith(getApplication(db, tenant.exporter, "not-a-uuid"), "NOT_FOUND");
    await rejectsWith(saveApplicationStep(db, tenant.exporter, "1; drop table applications", "consignee", consigneeStep), "NOT_FOUND");
    await rejectsWith(getApplication(db, tenant.exporter, "00000000-0000-4000-8000-000000000000"), "NOT_FOUND");
  });

  it("writes one history row per status change", async () => {
    const { db } = database();
    const tenant = await createTenant(db);
    const id = await createSubmittedApplication(db, tenant.exporter);
    await returnApplication(db, tenant.officer, id, "Fix Box 9");

    const history = await db.select().from(applicationStatusHistory).where(eq(applicationStatusHistory.applicationId, id));
    assert.equal(history.length, 3);
    const audit = await db.select().from(auditEvents).where(eq(auditEvents.entityId, id));
    assert.equal(audit.length, 3);
    const returned = audit.find((event) => event.action === "application.returned")!;
    assert.equal(returned.actorUserId, tenant.officer.userId);
    assert.equal(returned.officeId, tenant.office.id);
    assert.equal(returned.companyId, tenant.company.id);
    assert.deepEqual(returned.data, { fromStatus: "submitted", toStatus: "returned" });
  });
});
