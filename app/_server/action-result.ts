import { randomUUID } from "node:crypto";
import { unstable_rethrow } from "next/navigation";
import { isAppError, type ErrorCode, type FieldIssue } from "@/lib/errors";
import { logger } from "@/lib/logger";

/** Result of a server action as the browser receives it: data, or an error code with field issues. */
export type ActionResult<T = null> =
  | { ok: true; data: T }
  | {
      ok: false;
      /** An AppError code, or UNEXPECTED for anything else (shown with errorId). */
      code: ErrorCode | "UNEXPECTED";
      issues: FieldIssue[];
      /** Set for UNEXPECTED: the id written to the server log, shown to the user for support. */
      errorId?: string;
    };

/**
 * Run the body of a server action and turn its failures into an ActionResult. Domain errors keep
 * their code and field issues; anything else is logged with a fresh id and reported as UNEXPECTED.
 * Redirects and not-found signals from Next pass through.
 */
export async function runAction<T>(action: string, body: () => Promise<T>): Promise<ActionResult<T>> {
  try {
    return { ok: true, data: await body() };
  } catch (error) {
    unstable_rethrow(error);
    if (isAppError(error)) return { ok: false, code: error.code, issues: error.issues };

    const errorId = randomUUID().slice(0, 8);
    logger.error({ err: error, action, errorId }, "server action failed");
    return { ok: false, code: "UNEXPECTED", issues: [], errorId };
  }
}
