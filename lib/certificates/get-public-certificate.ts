import { asc, eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { applicationItems, applications, certificates, companies, offices } from "@/db/schema";
import { laoDate } from "@/lib/dates";
import { formatHsCode } from "@/lib/hs/hs-list";
import { trimFractionZeros } from "@/lib/money";
import { normalizeVerificationCode } from "./verification-token";

/**
 * Certificate data for the public verification page: enough for customs to match the paper or
 * PDF in hand, and nothing else. Addresses, FOB values, invoice and transport data stay in the
 * signed PDF.
 */
export type PublicCertificate = {
  /** "expired" once the 12 months of validity from the issue date (ATIGA Rule 14(a)) have passed. */
  status: "valid" | "revoked" | "expired";
  referenceNumber: string;
  formType: "D";
  issueDate: string;
  /** Last Lao calendar date of validity. */
  validUntil: string;
  issuingOffice: { nameEn: string; nameLo: string };
  exporter: { nameEn: string; nameLo: string };
  consigneeName: string;
  /** ISO 3166-1 alpha-2. */
  importingCountry: string;
  specimen: boolean;
  items: {
    itemNumber: number;
    description: string;
    /** Display form, e.g. "0901.21". */
    hsCode: string;
    originCriterion: string;
    quantity: string;
    quantityUnit: string;
  }[];
};

/**
 * Return the same calendar date twelve months later. ATIGA gives a validity of 12 months from the
 * issue date; a 29 February issue date expires on 28 February.
 * NOTE: the rule does not say whether the period ends on that date or the day before. This code
 * counts the anniversary date as the last valid day.
 */
export function validUntilOf(issueDate: string): string {
  const [year, month, day] = issueDate.split("-").map(Number);
  const lastDayOfMonth = new Date(Date.UTC(year + 1, month, 0)).getUTCDate();
  const anniversary = new Date(Date.UTC(year + 1, month - 1, Math.min(day, lastDayOfMonth)));
  return anniversary.toISOString().slice(0, 10);
}

/**
 * Look up a certificate by the token in its QR code or the verification code a person typed, in
 * any case and grouping (see normalizeVerificationCode). A malformed code returns null without a
 * query, and an unknown one returns null too.
 */
export async function getPublicCertificate(db: Db, code: string, options: { now?: Date } = {}): Promise<PublicCertificate | null> {
  const token = normalizeVerificationCode(code);
  if (token === null) return null;

  const [row] = await db
    .select({
      certificateId: certificates.id,
      applicationId: certificates.applicationId,
      status: certificates.status,
      referenceNumber: certificates.referenceNumber,
      formType: certificates.formType,
      issueDate: certificates.issueDate,
      specimen: certificates.specimen,
      officeNameEn: offices.nameEn,
      officeNameLo: offices.nameLo,
      exporterNameEn: companies.nameEn,
      exporterNameLo: companies.nameLo,
      consigneeName: applications.consigneeName,
      importingCountry: applications.importingCountry,
    })
    .from(certificates)
    .innerJoin(applications, eq(applications.id, certificates.applicationId))
    .innerJoin(companies, eq(companies.id, applications.companyId))
    .innerJoin(offices, eq(offices.id, certificates.officeId))
    .where(eq(certificates.verificationToken, token));
  if (!row) return null;

  const items = await db
    .select({
      lineNumber: applicationItems.lineNumber,
      description: applicationItems.description,
      hsCode: applicationItems.hsCode,
      originCriterion: applicationItems.originCriterion,
      quantity: applicationItems.quantity,
      quantityUnit: applicationItems.quantityUnit,
    })
    .from(applicationItems)
    .where(eq(applicationItems.applicationId, row.applicationId))
    .orderBy(asc(applicationItems.lineNumber));

  const validUntil = validUntilOf(row.issueDate);
  const today = laoDate(options.now ?? new Date());
  let status: PublicCertificate["status"] = "valid";
  if (row.status === "revoked") status = "revoked";
  else if (today > validUntil) status = "expired";

  return {
    status,
    referenceNumber: row.referenceNumber,
    formType: row.formType,
    issueDate: row.issueDate,
    validUntil,
    issuingOffice: { nameEn: row.officeNameEn, nameLo: row.officeNameLo },
    exporter: { nameEn: row.exporterNameEn, nameLo: row.exporterNameLo },
    consigneeName: row.consigneeName ?? "",
    importingCountry: row.importingCountry ?? "",
    specimen: row.specimen,
    items: items.map((item) => ({
      itemNumber: item.lineNumber,
      description: item.description,
      hsCode: formatHsCode(item.hsCode),
      originCriterion: item.originCriterion,
      quantity: trimFractionZeros(item.quantity),
      quantityUnit: item.quantityUnit,
    })),
  };
}

export type CertificatePdf = { pdf: Buffer; referenceNumber: string; sha256: string };

/**
 * Return the signed PDF behind a verification token or typed code, or null for a malformed or
 * unknown one. A malformed code returns null without a query.
 */
export async function getCertificatePdfByToken(db: Db, code: string): Promise<CertificatePdf | null> {
  const token = normalizeVerificationCode(code);
  if (token === null) return null;
  const [row] = await db
    .select({ pdf: certificates.pdf, referenceNumber: certificates.referenceNumber, sha256: certificates.pdfSha256 })
    .from(certificates)
    .where(eq(certificates.verificationToken, token));
  return row ?? null;
}
