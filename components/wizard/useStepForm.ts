"use client";

import { useRouter } from "next/navigation";
import { useEffect, useState, useTransition } from "react";
import { useForm, type DefaultValues, type FieldValues, type Path, type Resolver, type UseFormReturn } from "react-hook-form";
import type { ActionResult } from "@/app/_server/action-result";
import type { FieldIssue } from "@/lib/errors";
import type { FormDStep } from "@/lib/forms/form-d/schema";
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

  const form = useForm<Input, unknown, Output>({
    resolver,
    defaultValues: (wizard.getDraft(step) as DefaultValues<Input> | undefined) ?? (savedValues as DefaultValues<Input>),
    mode: "onTouched",
  });

  // Keep every keystroke in the wizard context so that leaving the step loses nothing.
  useEffect(() => {
    const subscription = form.watch((values) => wizard.setDraft(step, values));
    return () => subscription.unsubscribe();
  }, [form, step, wizard]);

  const onSubmit = form.handleSubmit(() => {
    setFailure(null);
    wizard.setSavedStep(null);
    startTransition(async () => {
      // Send what the fields hold; the server parses it with the same schema.
      const result = await save(form.getValues());
      if (!result.ok) {
        applyFieldIssues(form, result.issues, ownsPath);
        setFailure(result);
        return;
      }
      // The draft stays: it now equals the saved values, and the router may show a cached page
      // of this step on browser back.
      wizard.setSavedStep(step);
      router.push(nextHref);
    });
  });

  return { form, onSubmit, pending, failure };
}
