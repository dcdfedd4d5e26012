import { bigserial, index, jsonb, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { users } from "./users";

/**
 * Append-only audit trail. Each status change writes its event in the same transaction as the
 * change, so a failed audit write undoes the change.
 */
export const auditEvents = pgTable(
  "audit_events",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    /** Null for system actions such as seeding. */
    actorUserId: uuid("actor_user_id").references(() => users.id),
    /** Dotted verb, e.g. "application.submitted", "certificate.issued". */
    action: text("action").notNull(),
    entityType: text("entity_type").notNull(),
    entityId: uuid("entity_id").notNull(),
    officeId: uuid("office_id"),
    companyId: uuid("company_id"),
    data: jsonb("data").$type<Record<string, unknown>>(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [index("audit_events_entity_idx").on(table.entityType, table.entityId)],
);
