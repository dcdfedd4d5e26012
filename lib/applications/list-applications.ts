import { and, asc, count, desc, eq, inArray, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { applicationItems, applications, applicationStatus, applicationStatusHistory, certificates, companies } from "@/db/schema";
import type { Actor } from "@/lib/auth/actor";
import { requirePermission } from "@/lib/auth/permissions";
import { AppError } from "@/lib/errors";
import type { ApplicationStatus } from "./record-status-change";
import { applicationScope } from "./scope";

export type ApplicationListItem = {
  id: string;
  status: ApplicationStatus;
  lastStep: number;
  consigneeName: string | null;
  importingCountry: string | null;
  exporterName: { en: string; lo: string };
  itemCount: number;
  returnReason: string | null;
  createdAt: Date;
  updatedAt: Date;
  submittedAt: Date | null;
  /** When the application entered its current status: the decision time of a returned or issued one. */
  statusChangedAt: Date | null;
  certificate: { id: string; referenceNumber: string } | null;
};

export type ListApplicationsInput = {
  /**
   * Only applications in this status. An officer's list defaults to "submitted", its queue, oldest
   * submission first. An officer's list of returned or issued ones shows the newest decision first.
   */
  status?: ApplicationStatus;
  /** Maximum rows returned; defaults to 200. */
  limit?: number;
};

const DEFAULT_LIMIT = 200;

/**
 * List the applications in the actor's scope. Exporters see their company's, newest change first.
 * Officers see their office's, by default the submitted ones waiting for a decision, oldest
 * submission first so the queue is worked in order. Their lists of decided applications show the
 * newest decision first.
 */
export async function listApplications(db: Db, actor: Actor, input: ListApplicationsInput = {}): Promise<ApplicationListItem[]> {
  requirePermission(actor, "application.read");
  const status = input.status ?? (actor.role === "officer" ? "submitted" : undefined);
  if (status !== undefined && !applicationStatus.enumValues.includes(status)) {
    throw new AppError("VALIDATION_FAILED", "Unknown status", [{ path: "status", code: "invalidOption" }]);
  }
  const limit = Math.min(Math.max(input.limit ?? DEFAULT_LIMIT, 1), 1000);

  // Time of the latest history row into the current status, read per application through its index.
  const statusChangedAt = sql<Date | null>`(
    select max(${applicationStatusHistory.createdAt}) from ${applicationStatusHistory}
    where ${applicationStatusHistory.applicationId} = ${applications.id}
      and ${applicationStatusHistory.toStatus} = ${applications.status}
  )`.mapWith(applicationStatusHistory.createdAt);

  let order;
  if (actor.role !== "officer") {
    order = [desc(applications.updatedAt), desc(applications.createdAt)];
  } else if (status === "submitted") {
    order = [asc(applications.submittedAt), asc(applications.createdAt)];
  } else {
    order = [sql`${statusChangedAt} desc nulls last`, desc(applications.createdAt)];
  }

  const rows = await db
    .select({
      application: applications,
      companyNameEn: companies.nameEn,
      companyNameLo: companies.nameLo,
      certificateId: certificates.id,
      referenceNumber: certificates.referenceNumber,
      statusChangedAt,
    })
    .from(applications)
    .innerJoin(companies, eq(companies.id, applications.companyId))
    .leftJoin(certificates, eq(certificates.applicationId, applications.id))
    .where(and(applicationScope(actor), status ? eq(applications.status, status) : undefined))
    .orderBy(...order)
    .limit(limit);
  if (rows.length === 0) return [];

  const ids = rows.map((row) => row.application.id);
  const itemCounts = await db
    .select({ applicationId: applicationItems.applicationId, value: count() })
    .from(applicationItems)
    .where(inArray(applicationItems.applicationId, ids))
    .groupBy(applicationItems.applicationId);
  const itemCountById = new Map(itemCounts.map((row) => [row.applicationId, Number(row.value)]));

  return rows.map(({ application, companyNameEn, companyNameLo, certificateId, referenceNumber, statusChangedAt }) => ({
    id: application.id,
    status: application.status,
    lastStep: application.lastStep,
    consigneeName: application.consigneeName,
    importingCountry: application.importingCountry,
    exporterName: { en: companyNameEn, lo: companyNameLo },
    itemCount: itemCountById.get(application.id) ?? 0,
    returnReason: application.returnReason,
    createdAt: application.createdAt,
    updatedAt: application.updatedAt,
    submittedAt: application.submittedAt,
    statusChangedAt,
    certificate: certificateId && referenceNumber ? { id: certificateId, referenceNumber } : null,
  }));
}
