/**
 * Form D test data: valid values for each wizard step, and submitted applications created either
 * through the domain operations or, for bulk tests, by direct inserts.
 */
import { createHash } from "node:crypto";
import type { Db } from "@/db/client";
import { applicationItems, applications } from "@/db/schema";
import { createApplication } from "@/lib/applications/create-application";
import { saveApplicationStep } from "@/lib/applications/save-application-step";
import { submitApplication } from "@/lib/applications/submit-application";
import type { Actor } from "@/lib/auth/actor";
import type { FormDDocument } from "@/lib/certificates/form-d-document";
import type { RenderAndSign } from "@/lib/certificates/issue-certificate";
import type {
  ConsigneeStepInput,
  DeclarationStepInput,
  GoodsItemInput,
  InvoiceStepInput,
  TransportStepInput,
} from "@/lib/forms/form-d/schema";
import type { SigningCredential } from "@/lib/signing/load-signing-credentials";
import { accumulationBox13 } from "@/lib/testing/form-d-fixtures";

export const consigneeStep: ConsigneeStepInput = {
  consigneeName: "Siam Coffee Trading Co., Ltd.",
  consigneeAddress: "99 Sukhumvit Road, Khlong Toei, Bangkok 10110",
  importingCountry: "TH",
};

export const transportStep: TransportStepInput = {
  departureDate: "2027-01-20",
  transportMode: "road",
  vehicleOrVessel: "Truck 80-1234",
  portOfLoading: "Vang Tao, Champasak",
  portOfDischarge: "Chong Mek, Ubon Ratchathani",
};

export function goodsItem(overrides: Partial<GoodsItemInput> = {}): GoodsItemInput {
  return {
    marksAndNumbers: "NKC/TH/01-40",
    packageCount: "40",
    packageKind: "XBG",
    description: "Roasted coffee beans, not decaffeinated, brand Nam Kham",
    hsCode: "0901.21",
    originCriterion: "72%",
    quantity: "1,050.5",
    quantityUnit: "KGM",
    fobValue: "1,234.10",
    fobCurrency: "USD",
    ...overrides,
  };
}

export const invoiceStep: InvoiceStepInput = {
  invoiceNumber: "NKC-2027-001",
  invoiceDate: "2027-01-18",
  box13: { accumulation: true },
  thirdCountryInvoicerName: "",
  thirdCountryInvoicerCountry: "",
};

export const declarationStep: DeclarationStepInput = {
  declarationPlace: "Pakse",
  declarantName: "Bounmy Phetsavong",
  accept: true,
};

/** Create an application and save every step through the operations, leaving it a draft. */
export async function createCompleteDraft(db: Db, exporter: Actor, items: GoodsItemInput[] = [goodsItem()]): Promise<string> {
  const { id } = await createApplication(db, exporter, { formType: "D" });
  await saveApplicationStep(db, exporter, id, "consignee", consigneeStep);
  await saveApplicationStep(db, exporter, id, "transport", transportStep);
  await saveApplicationStep(db, exporter, id, "goods", { items });
  await saveApplicationStep(db, exporter, id, "invoice", invoiceStep);
  return id;
}

/** Create, fill and submit an application through the operations. */
export async function createSubmittedApplication(db: Db, exporter: Actor): Promise<string> {
  const id = await createCompleteDraft(db, exporter);
  await submitApplication(db, exporter, id, declarationStep);
  return id;
}

/**
 * Insert a submitted application directly, for tests that need many. The values are those the
 * operations would store for the fixtures above.
 */
export async function insertSubmittedApplication(
  db: Db,
  scope: { companyId: string; officeId: string; createdBy: string },
  importingCountry = "TH",
): Promise<string> {
  const [application] = await db
    .insert(applications)
    .values({
      companyId: scope.companyId,
      officeId: scope.officeId,
      createdBy: scope.createdBy,
      status: "submitted",
      lastStep: 3,
      consigneeName: consigneeStep.consigneeName,
      consigneeAddress: consigneeStep.consigneeAddress,
      importingCountry,
      departureDate: transportStep.departureDate,
      transportMode: "road",
      vehicleOrVessel: transportStep.vehicleOrVessel,
      portOfLoading: transportStep.portOfLoading,
      portOfDischarge: transportStep.portOfDischarge,
      invoiceNumber: invoiceStep.invoiceNumber,
      invoiceDate: invoiceStep.invoiceDate,
      box13: accumulationBox13(),
      declarationPlace: "Pakse",
      declarantName: "Bounmy Phetsavong",
      declarationDate: "2027-01-19",
      submittedAt: new Date(),
    })
    .returning({ id: applications.id });
  await db.insert(applicationItems).values({
    applicationId: application.id,
    lineNumber: 1,
    marksAndNumbers: "NKC/TH/01-40",
    packageCount: 40,
    packageKind: "XBG",
    description: "Roasted coffee beans, not decaffeinated",
    hsCode: "090121",
    originCriterion: "72%",
    quantity: "1050.5",
    quantityUnit: "KGM",
    fobValue: "1234.10",
    fobCurrency: "USD",
  });
  return application.id;
}

/** A credential loader that needs no PKCS#12, for use with fakeRenderAndSign. */
export const fakeCredentialLoader = async (): Promise<SigningCredential> => ({
  p12: Buffer.alloc(0),
  password: "",
  development: true,
});

/**
 * Stand in for renderAndSignFormD where the PDF itself is not under test. The bytes contain the
 * reference number, so tests can tell certificates apart.
 */
export const fakeRenderAndSign: RenderAndSign = async (document: FormDDocument, credential: SigningCredential) => {
  const pdf = Buffer.from(`%PDF-1.7 fake certificate ${document.referenceNumber}\n`);
  return { pdf, sha256: createHash("sha256").update(pdf).digest("hex"), specimen: document.specimen || credential.development };
};
