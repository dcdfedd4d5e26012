import { redirect } from "next/navigation";
import { auth } from "@/auth";
import { roleHomePath } from "@/auth.config";
import type { Actor, Role } from "@/lib/auth/actor";
import { AppError } from "@/lib/errors";

export type SessionActor = Actor & { name: string };

/** Read the signed-in user from the session cookie; null when signed out. */
export async function currentActor(): Promise<SessionActor | null> {
  const session = await auth();
  const user = session?.user;
  if (!user?.id || !user.role) return null;
  return {
    userId: user.id,
    role: user.role,
    companyId: user.companyId ?? null,
    officeId: user.officeId ?? null,
    name: user.name,
  };
}

/**
 * Return the signed-in actor of a page. Signed-out visitors go to /sign-in and users of another
 * role go to their own home page.
 */
export async function requireActor(role: Role): Promise<SessionActor> {
  const actor = await currentActor();
  if (!actor) redirect("/sign-in");
  if (actor.role !== role) redirect(roleHomePath[actor.role]);
  return actor;
}

/**
 * Return the signed-in actor of a server action or route handler. Throws AppError instead of
 * redirecting, so the caller can return an error code.
 */
export async function requireActorForAction(role: Role | readonly Role[]): Promise<SessionActor> {
  const actor = await currentActor();
  if (!actor) throw new AppError("UNAUTHENTICATED");
  const allowed: readonly Role[] = typeof role === "string" ? [role] : role;
  if (!allowed.includes(actor.role)) throw new AppError("FORBIDDEN");
  return actor;
}
