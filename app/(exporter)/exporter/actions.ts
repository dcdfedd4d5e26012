"use server";

import { redirect } from "next/navigation";
import { requireActorForAction } from "@/app/_server/actor";
import { runAction, type ActionResult } from "@/app/_server/action-result";
import { createApplication } from "@/lib/applications/create-application";
import { saveApplicationStep } from "@/lib/applications/save-application-step";
import { submitApplication } from "@/lib/applications/submit-application";
import { formDSteps, type FormDStep } from "@/lib/forms/form-d/schema";
import { AppError } from "@/lib/errors";
import { getDb } from "@/lib/server/db";

/** Create a draft Form D application and open the first wizard step. */
export async function createApplicationAction(): Promise<void> {
  const result = await runAction("createApplication", async () => {
    const actor = await requireActorForAction("exporter");
    return createApplication(await getDb(), actor, { formType: "D" });
  });
  if (!result.ok) redirect(`/exporter?error=${result.code}`);
  redirect(`/exporter/applications/${result.data.id}/consignee`);
}

/** Save one wizard step of a draft or returned application; the operation validates the values again. */
export async function saveStepAction(applicationId: string, step: FormDStep, values: unknown): Promise<ActionResult> {
  return runAction("saveApplicationStep", async () => {
    if (!formDSteps.includes(step)) throw new AppError("VALIDATION_FAILED", `Unknown step ${String(step)}`);
    const actor = await requireActorForAction("exporter");
    await saveApplicationStep(await getDb(), actor, applicationId, step, values);
    return null;
  });
}

/** Submit the application with the exporter's declaration (Box 11); the whole application is validated again. */
export async function submitApplicationAction(applicationId: string, declaration: unknown): Promise<ActionResult> {
  return runAction("submitApplication", async () => {
    const actor = await requireActorForAction("exporter");
    await submitApplication(await getDb(), actor, applicationId, declaration);
    return null;
  });
}
