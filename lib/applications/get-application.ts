import { and, asc, eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import {
  applicationItems,
  applications,
  applicationStatusHistory,
  certificates,
  companies,
  offices,
  users,
  type Box13Flags,
} from "@/db/schema";
import type { Actor } from "@/lib/auth/actor";
import { requirePermission } from "@/lib/auth/permissions";
import { AppError } from "@/lib/errors";
import { trimFractionZeros } from "@/lib/money";
import type { ApplicationStatus } from "./record-status-change";
import { applicationScope, isUuid } from "./scope";

export type ApplicationItemView = {
  lineNumber: number;
  marksAndNumbers: string;
  packageCount: number;
  packageKind: string;
  /** Digits only, e.g. "090121". */
  hsCode: string;
  description: string;
  originCriterion: string;
  /** Decimal string without trailing fraction zeros, e.g. "1050.5". */
  quantity: string;
  quantityUnit: string;
  /** Decimal string with two decimals, e.g. "1234.10", or null. */
  fobValue: string | null;
  fobCurrency: string | null;
};

export type StatusHistoryEntry = {
  fromStatus: ApplicationStatus | null;
  toStatus: ApplicationStatus;
  actorName: string;
  reason: string | null;
  createdAt: Date;
};

/** An application with its goods items, status history and certificate, as the pages show it. */
export type ApplicationView = {
  id: string;
  formType: "D";
  status: ApplicationStatus;
  /** Index in formDSteps of the last step the exporter saved (0 until a step is saved). */
  lastStep: number;
  returnReason: string | null;
  createdAt: Date;
  updatedAt: Date;
  submittedAt: Date | null;
  companyId: string;
  officeId: string;
  exporter: { nameEn: string; nameLo: string; addressEn: string; addressLo: string };
  office: { code: string; nameEn: string; nameLo: string };
  consigneeName: string | null;
  consigneeAddress: string | null;
  importingCountry: string | null;
  departureDate: string | null;
  transportMode: string | null;
  vehicleOrVessel: string | null;
  portOfLoading: string | null;
  portOfDischarge: string | null;
  items: ApplicationItemView[];
  invoiceNumber: string | null;
  invoiceDate: string | null;
  box13: Box13Flags | null;
  thirdCountryInvoicerName: string | null;
  thirdCountryInvoicerCountry: string | null;
  declarationPlace: string | null;
  declarantName: string | null;
  declarationDate: string | null;
  statusHistory: StatusHistoryEntry[];
  certificate: {
    id: string;
    referenceNumber: string;
    issueDate: string;
    status: "valid" | "revoked";
    verificationToken: string;
  } | null;
};

/**
 * Read one application in the actor's scope. Uses plain selects, not relational queries, because
 * drizzle's relational queries pass numeric columns through JS numbers and lose decimals.
 * Throws NOT_FOUND for unknown ids and for ids outside the scope alike.
 */
export async function getApplication(db: Db, actor: Actor, applicationId: string): Promise<ApplicationView> {
  requirePermission(actor, "application.read");
  if (!isUuid(applicationId)) throw new AppError("NOT_FOUND", "Application not found");

  const [row] = await db
    .select({ application: applications, company: companies, office: offices })
    .from(applications)
    .innerJoin(companies, eq(companies.id, applications.companyId))
    .innerJoin(offices, eq(offices.id, applications.officeId))
    .where(and(eq(applications.id, applicationId), applicationScope(actor)));
  if (!row) throw new AppError("NOT_FOUND", "Application not found");

  const [items, history, [certificate]] = await Promise.all([
    db
      .select()
      .from(applicationItems)
      .where(eq(applicationItems.applicationId, applicationId))
      .orderBy(asc(applicationItems.lineNumber)),
    db
      .select({
        fromStatus: applicationStatusHistory.fromStatus,
        toStatus: applicationStatusHistory.toStatus,
        actorName: users.name,
        reason: applicationStatusHistory.reason,
        createdAt: applicationStatusHistory.createdAt,
      })
      .from(applicationStatusHistory)
      .innerJoin(users, eq(users.id, applicationStatusHistory.actorUserId))
      .where(eq(applicationStatusHistory.applicationId, applicationId))
      .orderBy(asc(applicationStatusHistory.createdAt), asc(applicationStatusHistory.id)),
    db
      .select({
        id: certificates.id,
        referenceNumber: certificates.referenceNumber,
        issueDate: certificates.issueDate,
        status: certificates.status,
        verificationToken: certificates.verificationToken,
      })
      .from(certificates)
      .where(eq(certificates.applicationId, applicationId)),
  ]);

  const { application, company, office } = row;
  return {
    id: application.id,
    formType: application.formType,
    status: application.status,
    lastStep: application.lastStep,
    returnReason: application.returnReason,
    createdAt: application.createdAt,
    updatedAt: application.updatedAt,
    submittedAt: application.submittedAt,
    companyId: application.companyId,
    officeId: application.officeId,
    exporter: { nameEn: company.nameEn, nameLo: company.nameLo, addressEn: company.addressEn, addressLo: company.addressLo },
    office: { code: office.code, nameEn: office.nameEn, nameLo: office.nameLo },
    consigneeName: application.consigneeName,
    consigneeAddress: application.consigneeAddress,
    importingCountry: application.importingCountry,
    departureDate: application.departureDate,
    transportMode: application.transportMode,
    vehicleOrVessel: application.vehicleOrVessel,
    portOfLoading: application.portOfLoading,
    portOfDischarge: application.portOfDischarge,
    items: items.map((item) => ({
      lineNumber: item.lineNumber,
      marksAndNumbers: item.marksAndNumbers,
      packageCount: item.packageCount,
      packageKind: item.packageKind,
      hsCode: item.hsCode,
      description: item.description,
      originCriterion: item.originCriterion,
      quantity: trimFractionZeros(item.quantity),
      quantityUnit: item.quantityUnit,
      fobValue: item.fobValue,
      fobCurrency: item.fobCurrency,
    })),
    invoiceNumber: application.invoiceNumber,
    invoiceDate: application.invoiceDate,
    box13: application.box13,
    thirdCountryInvoicerName: application.thirdCountryInvoicerName,
    thirdCountryInvoicerCountry: application.thirdCountryInvoicerCountry,
    declarationPlace: application.declarationPlace,
    declarantName: application.declarantName,
    declarationDate: application.declarationDate,
    statusHistory: history,
    certificate: certificate ?? null,
  };
}
