import { AppError } from "@/lib/errors";
import type { Actor, Role } from "./actor";

/**
 * Roles allowed to run each domain operation. Every operation checks its permission here first and
 * then filters its queries by the actor's scope (company for an exporter, office for an officer),
 * so a role check alone never grants access to another tenant's data.
 */
export const permissions = {
  "application.create": ["exporter"],
  "application.read": ["exporter", "officer", "admin"],
  "application.edit": ["exporter"],
  "application.submit": ["exporter"],
  "application.return": ["officer"],
  "certificate.issue": ["officer"],
  "certificate.read": ["exporter", "officer", "admin"],
} as const satisfies Record<string, readonly Role[]>;

export type Permission = keyof typeof permissions;

export function hasPermission(actor: Actor, permission: Permission): boolean {
  return (permissions[permission] as readonly Role[]).includes(actor.role);
}

/**
 * Throw FORBIDDEN unless the actor's role has the permission and the actor carries the scope its
 * role needs (a company for an exporter, an office for an officer).
 */
export function requirePermission(actor: Actor, permission: Permission): void {
  if (!hasPermission(actor, permission)) {
    throw new AppError("FORBIDDEN", `Role ${actor.role} may not perform ${permission}`);
  }
  if (actor.role === "exporter" && !actor.companyId) {
    throw new AppError("FORBIDDEN", "Exporter account has no company");
  }
  if (actor.role === "officer" && !actor.officeId) {
    throw new AppError("FORBIDDEN", "Officer account has no issuing office");
  }
}
