import { eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { applications } from "@/db/schema";
import type { Actor } from "@/lib/auth/actor";
import { requirePermission } from "@/lib/auth/permissions";
import { AppError } from "@/lib/errors";
import { logger } from "@/lib/logger";
import { lockApplication } from "./lock-application";
import { recordStatusChange } from "./record-status-change";

export const RETURN_REASON_MAX_LENGTH = 1000;

/**
 * Return a submitted application of the officer's office to the exporter for amendment, with the
 * reason shown on the application. Throws VALIDATION_FAILED for a missing or long reason,
 * NOT_FOUND outside the office and ALREADY_DECIDED once it is returned or issued.
 */
export async function returnApplication(db: Db, actor: Actor, applicationId: string, reason: string): Promise<void> {
  requirePermission(actor, "application.return");
  const trimmed = typeof reason === "string" ? reason.trim() : "";
  if (trimmed === "") {
    throw new AppError("VALIDATION_FAILED", "A return reason is required", [{ path: "reason", code: "required" }]);
  }
  if (trimmed.length > RETURN_REASON_MAX_LENGTH) {
    throw new AppError("VALIDATION_FAILED", "The return reason is too long", [
      { path: "reason", code: "tooLong", params: { max: RETURN_REASON_MAX_LENGTH } },
    ]);
  }

  await db.transaction(async (tx) => {
    const application = await lockApplication(tx, actor, applicationId);
    if (application.status !== "submitted") {
      throw new AppError("ALREADY_DECIDED", `Application ${application.id} is ${application.status}, not submitted`);
    }

    const now = new Date();
    await tx
      .update(applications)
      .set({ status: "returned", returnReason: trimmed, updatedAt: now })
      .where(eq(applications.id, application.id));

    await recordStatusChange(tx, {
      application,
      actorUserId: actor.userId,
      fromStatus: "submitted",
      toStatus: "returned",
      action: "application.returned",
      reason: trimmed,
    });
  });

  logger.info({ applicationId, officeId: actor.officeId, userId: actor.userId }, "application returned");
}
