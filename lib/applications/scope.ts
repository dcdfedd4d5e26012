import { and, eq, ne, type SQL } from "drizzle-orm";
import { applications } from "@/db/schema";
import type { Actor } from "@/lib/auth/actor";

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Check an id before it reaches a uuid column, where a malformed value would raise a SQL error. */
export function isUuid(value: unknown): value is string {
  return typeof value === "string" && uuidPattern.test(value);
}

/**
 * Build the condition that limits applications to the actor's scope: an exporter's company, an
 * officer's office once submitted (drafts stay private to the exporter), or all for an admin.
 * Call requirePermission first, which guarantees that the scope id is set.
 */
export function applicationScope(actor: Actor): SQL | undefined {
  switch (actor.role) {
    case "exporter":
      return eq(applications.companyId, actor.companyId!);
    case "officer":
      return and(eq(applications.officeId, actor.officeId!), ne(applications.status, "draft"));
    case "admin":
      return undefined;
  }
}
