"use client";

import Link from "next/link";
import { useTranslations } from "next-intl";
import type { FormEventHandler, ReactNode } from "react";
import { ActionFailure } from "@/components/ui/ActionFailure";
import { Alert } from "@/components/ui/Alert";
import { SubmitButton } from "@/components/ui/SubmitButton";
import type { FormDStep } from "@/lib/forms/form-d/schema";
import type { StepFailure } from "./useStepForm";
import { useWizard } from "./WizardProvider";

/**
 * Form frame shared by the wizard steps: the step's title and description, saved notice, error
 * summary and Back / Next buttons.
 */
export function StepFrame({
  step,
  onSubmit,
  pending,
  failure,
  backHref,
  submitLabel,
  pendingLabel,
  children,
}: {
  step: FormDStep;
  onSubmit: FormEventHandler<HTMLFormElement>;
  pending: boolean;
  failure: StepFailure | null;
  backHref: string | null;
  submitLabel?: string;
  pendingLabel?: string;
  children: ReactNode;
}) {
  const t = useTranslations("wizard");
  const { savedStep, setSavedStep } = useWizard();

  return (
    <form onSubmit={onSubmit} noValidate aria-labelledby="step-title" className="card space-y-6 p-5 sm:p-6">
      <div>
        <h2 id="step-title" className="text-lg font-semibold text-slate-900">
          {t(`steps.${step}`)}
        </h2>
        <p className="mt-1 text-sm text-slate-600">{t(`descriptions.${step}`)}</p>
      </div>
      {savedStep && !failure && !pending && (
        <Alert tone="success" testId="step-saved">
          {t("saved", { step: t(`steps.${savedStep}`) })}
        </Alert>
      )}
      <ActionFailure failure={failure} testId="step-error" />
      {children}
      <div className="flex flex-wrap items-center justify-between gap-3 border-t border-slate-200 pt-5">
        {backHref ? (
          <Link href={backHref} className="btn-secondary" onClick={() => setSavedStep(null)}>
            {t("back")}
          </Link>
        ) : (
          <span />
        )}
        <SubmitButton pending={pending} pendingLabel={pendingLabel ?? t("saving")}>
          {submitLabel ?? t("saveAndContinue")}
        </SubmitButton>
      </div>
    </form>
  );
}
