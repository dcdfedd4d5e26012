import type { Db } from "@/db/client";
import { auditEvents } from "@/db/schema";

export type AuditEventInput = {
  actorUserId: string | null;
  /** Dotted verb, e.g. "application.submitted". */
  action: string;
  entityType: "application" | "certificate" | "office" | "company" | "user";
  entityId: string;
  officeId?: string | null;
  companyId?: string | null;
  data?: Record<string, unknown>;
};

/**
 * Append an audit event. Pass the transaction that makes the change, so that the event and the
 * change commit or roll back together.
 */
export async function recordAuditEvent(tx: Db, event: AuditEventInput): Promise<void> {
  await tx.insert(auditEvents).values({
    actorUserId: event.actorUserId,
    action: event.action,
    entityType: event.entityType,
    entityId: event.entityId,
    officeId: event.officeId ?? null,
    companyId: event.companyId ?? null,
    data: event.data ?? null,
  });
}
