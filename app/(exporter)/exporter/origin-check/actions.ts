"use server";

import { requireActorForAction } from "@/app/_server/actor";
import { runAction, type ActionResult } from "@/app/_server/action-result";
import { AppError } from "@/lib/errors";
import { parseOrThrow } from "@/lib/forms/field-issues";
import { toFormFieldIssues, toOriginAssessmentInput } from "@/lib/forms/origin-check/engine-input";
import { originCheckSchema } from "@/lib/forms/origin-check/schema";
import { assessOrigin, OriginInputError, type OriginAssessment } from "@/lib/origin";

/**
 * Assess a cost sheet with the origin rules engine. Nothing is stored: the result goes back to the
 * screen. Engine input errors come back as VALIDATION_FAILED with the issues on the form's fields.
 */
export async function checkOriginAction(values: unknown): Promise<ActionResult<OriginAssessment>> {
  return runAction("checkOrigin", async () => {
    await requireActorForAction("exporter");
    const data = parseOrThrow(originCheckSchema, values);
    try {
      return assessOrigin(toOriginAssessmentInput(data));
    } catch (error) {
      if (error instanceof OriginInputError) {
        throw new AppError("VALIDATION_FAILED", error.message, toFormFieldIssues(error.issues));
      }
      throw error;
    }
  });
}
