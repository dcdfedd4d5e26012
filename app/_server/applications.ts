import type { ApplicationListItem, ApplicationView } from "@/components/application/view";
import { getApplication } from "@/lib/applications/get-application";
import { listApplications, type ListApplicationsInput } from "@/lib/applications/list-applications";
import type { Actor } from "@/lib/auth/actor";
import { isAppError } from "@/lib/errors";
import { formDSteps, type FormDStep } from "@/lib/forms/form-d/schema";
import { getDb } from "@/lib/server/db";

/** Read an application in the actor's scope; null when it does not exist or is out of scope. */
export async function loadApplication(actor: Actor, applicationId: string): Promise<ApplicationView | null> {
  try {
    return await getApplication(await getDb(), actor, applicationId);
  } catch (error) {
    if (isAppError(error) && error.code === "NOT_FOUND") return null;
    throw error;
  }
}

export async function loadApplicationList(actor: Actor, input: ListApplicationsInput = {}): Promise<ApplicationListItem[]> {
  return listApplications(await getDb(), actor, input);
}

const reviewIndex = formDSteps.indexOf("review");

/**
 * Index of the furthest wizard step the exporter may open: the one after the last saved step.
 * lastStep is 0 both before and after the first step is saved, so a saved consignee distinguishes the two.
 */
export function resumeStepIndex(application: Pick<ApplicationView, "lastStep" | "consigneeName">): number {
  const firstStepSaved = application.lastStep > 0 || application.consigneeName !== null;
  if (!firstStepSaved) return 0;
  return Math.min(application.lastStep + 1, formDSteps.length - 1);
}

/**
 * Step at which the wizard reopens an application: where a draft was left, or the review for a
 * returned application, which shows every field with its edit link next to the reason.
 */
export function resumeStep(application: Pick<ApplicationView, "status" | "lastStep" | "consigneeName">): FormDStep {
  const furthest = resumeStepIndex(application);
  if (application.status === "returned") return formDSteps[Math.min(furthest, reviewIndex)];
  return formDSteps[furthest];
}
