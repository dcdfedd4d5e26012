"use client";

import Link from "next/link";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { saveStepAction } from "@/app/(exporter)/exporter/actions";
import { ActionFailure } from "@/components/ui/ActionFailure";
import { SubmitButton } from "@/components/ui/SubmitButton";
import type { StepFailure } from "./useStepForm";
import { useLeaveGuard } from "./useLeaveGuard";
import { useWizard } from "./WizardProvider";

/** Buttons under the review: back to the invoice step, or record the review and go to the declaration. */
export function ReviewContinue({ applicationId, backHref, nextHref }: { applicationId: string; backHref: string; nextHref: string }) {
  const t = useTranslations("wizard");
  const router = useRouter();
  const wizard = useWizard();
  const [pending, startTransition] = useTransition();
  const [failure, setFailure] = useState<StepFailure | null>(null);
  // The review has no fields, but earlier steps may hold unsaved drafts.
  useLeaveGuard({ step: "review", unsaved: false });

  return (
    <form
      className="space-y-4"
      onSubmit={(event) => {
        event.preventDefault();
        setFailure(null);
        startTransition(async () => {
          const result = await saveStepAction(applicationId, "review", {});
          if (!result.ok) {
            setFailure(result);
            return;
          }
          wizard.setSavedStep("review");
          router.push(nextHref);
        });
      }}
    >
      <ActionFailure failure={failure} testId="step-error" />
      <div className="flex flex-wrap items-center justify-between gap-3">
        <Link href={backHref} className="btn-secondary">
          {t("back")}
        </Link>
        <SubmitButton pending={pending} pendingLabel={t("saving")}>
          {t("continueToDeclaration")}
        </SubmitButton>
      </div>
    </form>
  );
}
