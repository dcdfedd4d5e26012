import { applicationStatusHistory } from "@/db/schema";
import type { Db } from "@/db/client";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";

export type ApplicationStatus = "draft" | "submitted" | "returned" | "issued";

export type StatusChange = {
  application: { id: string; officeId: string; companyId: string };
  actorUserId: string;
  fromStatus: ApplicationStatus | null;
  toStatus: ApplicationStatus;
  /** Audit action, e.g. "application.submitted". */
  action: string;
  reason?: string | null;
  data?: Record<string, unknown>;
};

/**
 * Write the status history row and the audit event of one status change. Call it inside the
 * transaction that updates the status.
 */
export async function recordStatusChange(tx: Db, change: StatusChange): Promise<void> {
  await tx.insert(applicationStatusHistory).values({
    applicationId: change.application.id,
    fromStatus: change.fromStatus,
    toStatus: change.toStatus,
    actorUserId: change.actorUserId,
    reason: change.reason ?? null,
  });
  await recordAuditEvent(tx, {
    actorUserId: change.actorUserId,
    action: change.action,
    entityType: "application",
    entityId: change.application.id,
    officeId: change.application.officeId,
    companyId: change.application.companyId,
    data: { fromStatus: change.fromStatus, toStatus: change.toStatus, ...change.data },
  });
}
