import { and, eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { applications } from "@/db/schema";
import type { Actor } from "@/lib/auth/actor";
import { AppError } from "@/lib/errors";
import { applicationScope, isUuid } from "./scope";

export type ApplicationRow = typeof applications.$inferSelect;

/**
 * Read an application within the actor's scope and lock its row until the transaction ends, so
 * that concurrent changes to one application run one after another. An id outside the scope is
 * NOT_FOUND, exactly like an unknown id.
 */
export async function lockApplication(tx: Db, actor: Actor, applicationId: unknown): Promise<ApplicationRow> {
  if (!isUuid(applicationId)) throw new AppError("NOT_FOUND", "Application not found");

  const [application] = await tx
    .select()
    .from(applications)
    .where(and(eq(applications.id, applicationId), applicationScope(actor)))
    .for("update");
  if (!application) throw new AppError("NOT_FOUND", "Application not found");
  return application;
}
