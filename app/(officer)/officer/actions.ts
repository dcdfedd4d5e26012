"use server";

import { requireActorForAction } from "@/app/_server/actor";
import { runAction, type ActionResult } from "@/app/_server/action-result";
import { returnApplication } from "@/lib/applications/return-application";
import { approveAndIssue } from "@/lib/certificates/issue-certificate";
import { getEnv } from "@/lib/env";
import { getDb } from "@/lib/server/db";
import { getSigningCredential } from "@/lib/server/signing";

/** Approve a submitted application: render, sign and store the certificate, then mark it issued. */
export async function approveAndIssueAction(
  applicationId: string,
): Promise<ActionResult<{ certificateId: string; referenceNumber: string; verificationToken: string }>> {
  return runAction("approveAndIssue", async () => {
    const actor = await requireActorForAction("officer");
    const certificate = await approveAndIssue(await getDb(), actor, applicationId, {
      baseUrl: getEnv().baseUrl,
      loadCredential: getSigningCredential,
    });
    return {
      certificateId: certificate.id,
      referenceNumber: certificate.referenceNumber,
      verificationToken: certificate.verificationToken,
    };
  });
}

/** Return a submitted application to the exporter with the reason to amend it. */
export async function returnApplicationAction(applicationId: string, reason: string): Promise<ActionResult> {
  return runAction("returnApplication", async () => {
    const actor = await requireActorForAction("officer");
    await returnApplication(await getDb(), actor, applicationId, reason);
    return null;
  });
}
