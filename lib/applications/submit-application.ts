import { asc, eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { applicationItems, applications } from "@/db/schema";
import type { Actor } from "@/lib/auth/actor";
import { requirePermission } from "@/lib/auth/permissions";
import { laoDate } from "@/lib/dates";
import { AppError } from "@/lib/errors";
import { toFieldIssues } from "@/lib/forms/field-issues";
import { fullApplicationSchema } from "@/lib/forms/form-d/schema";
import { logger } from "@/lib/logger";
import { unknownHsCodeIssues } from "./check-hs-codes";
import { lockApplication } from "./lock-application";
import { recordStatusChange } from "./record-status-change";
import { editableStatuses } from "./save-application-step";
import { storedApplicationInput } from "./stored-application-input";

export type SubmitOptions = {
  /** Time of the submission; the declaration date is its Lao calendar date. Defaults to now. */
  now?: Date;
};

/**
 * Submit a draft or returned application with the exporter's declaration (Box 11). The stored
 * application is validated again with the full schema and the HS list, because rules may have
 * changed since a step was saved. Throws VALIDATION_FAILED with field issues, INVALID_STATUS or
 * NOT_FOUND.
 */
export async function submitApplication(
  db: Db,
  actor: Actor,
  applicationId: string,
  declaration: unknown,
  options: SubmitOptions = {},
): Promise<void> {
  requirePermission(actor, "application.submit");
  const now = options.now ?? new Date();
  const declarationInput = typeof declaration === "object" && declaration !== null ? declaration : {};

  await db.transaction(async (tx) => {
    const application = await lockApplication(tx, actor, applicationId);
    if (!(editableStatuses as readonly string[]).includes(application.status)) {
      throw new AppError("INVALID_STATUS", `Application ${application.id} is ${application.status} and cannot be submitted`);
    }

    const items = await tx
      .select()
      .from(applicationItems)
      .where(eq(applicationItems.applicationId, application.id))
      .orderBy(asc(applicationItems.lineNumber));
    const result = fullApplicationSchema.safeParse(storedApplicationInput(application, items, declarationInput));
    const issues = result.success ? unknownHsCodeIssues(result.data.items) : toFieldIssues(result.error);
    if (!result.success || issues.length > 0) {
      throw new AppError("VALIDATION_FAILED", "The application is incomplete or invalid", issues);
    }

    await tx
      .update(applications)
      .set({
        declarationPlace: result.data.declarationPlace,
        declarantName: result.data.declarantName,
        declarationDate: laoDate(now),
        status: "submitted",
        submittedAt: now,
        updatedAt: now,
      })
      .where(eq(applications.id, application.id));

    await recordStatusChange(tx, {
      application,
      actorUserId: actor.userId,
      fromStatus: application.status,
      toStatus: "submitted",
      action: "application.submitted",
    });
  });

  logger.info({ applicationId, companyId: actor.companyId, userId: actor.userId }, "application submitted");
}
