"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useEffect, useState, useTransition } from "react";
import { useForm, type DefaultValues, type FieldValues, type Path, type Resolver, type UseFormReturn } from "react-hook-form";
import type { ActionResult } from "@/app/_server/action-result";
import type { FieldIssue } from "@/lib/errors";
import type { FormDStep } from "@/lib/forms/form-d/schema";
import { useLeaveGuard } from "./useLeaveGuard";
import { useWizard } from "./WizardProvider";

export type StepFailure = Extract<ActionResult, { ok: false }>;

/** Put server-side field issues on their fields; returns the issues that matched no field of this form. */
export function applyFieldIssues<T extends FieldValues>(form: UseFormReturn<T, unknown, unknown>, issues: FieldIssue[], fieldNames: (path: string) => boolean) {
  const unmatched: FieldIssue[] = [];
  let focused = false;

  for (const issue of issues) {
    if (!fieldNames(issue.path)) {
      unmatched.push(issue);
      continue;
    }
    form.setError(issue.path as Path<T>, { type: "server", message: issue.code }, { shouldFocus: !focused });
    focused = true;
  }
  return unmatched;
}

/**
 * react-hook-form state of one wizard step. Starts from the unsaved draft of this step if the user
 * was here before, otherwise from the saved application. On submit it validates with the shared
 * step schema, saves through the server action (which validates again), and opens the next step.
 * Leaving the application with unsaved values saves them first when they are valid (useLeaveGuard).
 */
export function useStepForm<Input extends FieldValues, Output>({
  step,
  resolver,
  savedValues,
  nextHref,
  save,
  ownsPath,
}: {
  step: FormDStep;
  resolver: Resolver<Input, unknown, Output>;
  savedValues: Input;
  nextHref: string;
  save: (values: Input) => Promise<ActionResult<unknown>>;
  /** Whether an issue path belongs to a field of this step. */
  ownsPath: (path: string) => boolean;
}) {
  const wizard = useWizard();
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [failure, setFailure] = useState<StepFailure | null>(null);

  const t = useTranslations("wizard");
  const [leaving, setLeaving] = useState(false);
  const draft = wizard.getDraft(step) as DefaultValues<Input> | undefined;
  const form = useForm<Input, unknown, Output>({
    resolver,
    defaultValues: draft ?? (savedValues as DefaultValues<Input>),
    mode: "onTouched",
  });
  // A draft kept from an earlier visit that was never saved is unsaved although the form starts clean.
  const [restoredUnsaved, setRestoredUnsaved] = useState(() => isUnsavedDraft(draft, savedValues, wizard.lastSaved(step)));

  // Keep every keystroke in the wizard context, so that moving to another step of this application
  // and back loses nothing. Leaving the application or reloading drops the drafts, so useLeaveGuard
  // saves first or requests confirmation.
  useEffect(() => {
    const subscription = form.watch((values) => wizard.setDraft(step, values));
    return () => subscription.unsubscribe();
  }, [form, step, wizard]);

  /** Save the field values; on success the form counts as saved, on failure it shows the issues. */
  async function saveValues(): Promise<boolean> {
    // Send what the fields hold; the server parses it with the same schema.
    const values = form.getValues();
    const result = await save(values);
    if (!result.ok) {
      applyFieldIssues(form, result.issues, ownsPath);
      setFailure(result);
      return false;
    }
    // The draft stays: it now equals the saved values, and the router may show a cached page of
    // this step on browser back.
    wizard.setLastSaved(step, JSON.stringify(values));
    // Mark the step saved now: the router may unmount it before the reset below renders.
    wizard.setUnsaved(step, false);
    form.reset(values);
    setRestoredUnsaved(false);
    return true;
  }

  const onSubmit = form.handleSubmit(() => {
    setFailure(null);
    wizard.setSavedStep(null);
    startTransition(async () => {
      if (!(await saveValues())) return;
      wizard.setSavedStep(step);
      router.push(nextHref);
    });
  });

  useLeaveGuard({
    step,
    unsaved: form.formState.isDirty || restoredUnsaved,
    saveBeforeLeaving: async () => {
      if (!(await form.trigger(undefined, { shouldFocus: true }))) return false;
      setFailure(null);
      setLeaving(true);
      try {
        return await saveValues();
      } finally {
        setLeaving(false);
      }
    },
  });

  return {
    form,
    onSubmit,
    pending: pending || leaving,
    pendingLabel: leaving ? t("savingBeforeLeaving") : undefined,
    failure,
  };
}

/** Check whether a draft from an earlier visit contains values that were neither loaded from nor saved to the server. */
function isUnsavedDraft(draft: unknown, savedValues: unknown, lastSavedJson: string | undefined): boolean {
  if (draft === undefined) return false;
  const draftJson = JSON.stringify(draft);
  return draftJson !== JSON.stringify(savedValues) && draftJson !== lastSavedJson;
}
