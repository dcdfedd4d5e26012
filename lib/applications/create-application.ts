import { eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { applications, companies } from "@/db/schema";
import type { Actor } from "@/lib/auth/actor";
import { requirePermission } from "@/lib/auth/permissions";
import { AppError } from "@/lib/errors";
import { logger } from "@/lib/logger";
import { recordStatusChange } from "./record-status-change";

export type CreateApplicationInput = { formType: "D" };

/**
 * Create an empty draft application for the exporter's company, assigned to the issuing office
 * that serves the company. Only approved companies may apply.
 */
export async function createApplication(db: Db, actor: Actor, input: CreateApplicationInput): Promise<{ id: string }> {
  requirePermission(actor, "application.create");
  if (input?.formType !== "D") {
    throw new AppError("VALIDATION_FAILED", "Unknown form type", [{ path: "formType", code: "invalidOption" }]);
  }

  const id = await db.transaction(async (tx) => {
    const [company] = await tx
      .select({ id: companies.id, officeId: companies.officeId, status: companies.status })
      .from(companies)
      .where(eq(companies.id, actor.companyId!));
    if (!company) throw new AppError("NOT_FOUND", "Company not found");
    if (company.status !== "approved") {
      throw new AppError("FORBIDDEN", `Company ${company.id} is ${company.status}, not approved`);
    }

    const [application] = await tx
      .insert(applications)
      .values({ companyId: company.id, officeId: company.officeId, formType: input.formType, createdBy: actor.userId })
      .returning({ id: applications.id, officeId: applications.officeId, companyId: applications.companyId });

    await recordStatusChange(tx, {
      application,
      actorUserId: actor.userId,
      fromStatus: null,
      toStatus: "draft",
      action: "application.created",
      data: { formType: input.formType },
    });
    return application.id;
  });

  logger.info({ applicationId: id, companyId: actor.companyId, userId: actor.userId }, "application created");
  return { id };
}
