"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useEffect, useState, useTransition } from "react";
import { useForm, type Resolver } from "react-hook-form";
import { submitApplicationAction } from "@/app/(exporter)/exporter/actions";
import { CheckboxField, TextField } from "@/components/forms/fields";
import { ActionFailure } from "@/components/ui/ActionFailure";
import { SubmitButton } from "@/components/ui/SubmitButton";
import type { FieldIssue } from "@/lib/errors";
import {
  declarationStepSchema,
  fieldMaxLengths,
  type DeclarationStepData,
} from "@/lib/forms/form-d/schema";
import Link from "next/link";
import { applyFieldIssues, type StepFailure } from "../useStepForm";
import { useLeaveGuard } from "../useLeaveGuard";
import { useWizard } from "../WizardProvider";
import { stepOfPath } from "../step-of-path";
import type { DeclarationFormValues } from "./step-props";

const resolver = zodResolver(declarationStepSchema) as unknown as Resolver<DeclarationFormValues, unknown, DeclarationStepData>;

const fields = new Set(["declarationPlace", "declarantName", "accept"]);

/** Box 11: the exporter's declaration, then submission of the whole application. */
export function DeclarationStep({
  applicationId,
  savedValues,
  backHref,
  declarationText,
  applicationHref,
  issueParamTexts,
}: {
  applicationId: string;
  savedValues: DeclarationFormValues;
  backHref: string;
  /** The Box 11 wording with the producing and importing countries filled in. */
  declarationText: string;
  /** Path of the application, e.g. /exporter/applications/{id}; step links append the step name. */
  applicationHref: string;
  /** Message values written out for reading, replacing the raw ones of server issues, e.g. { departureDate: "14 January 2027" }. */
  issueParamTexts: Record<string, string>;
}) {
  const t = useTranslations("formD");
  const tw = useTranslations("wizard");
  const tv = useTranslations("validation");
  const wizard = useWizard();
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [failure, setFailure] = useState<StepFailure | null>(null);
  const [otherIssues, setOtherIssues] = useState<FieldIssue[]>([]);

  const draft = wizard.getDraft("declaration") as DeclarationFormValues | undefined;
  const form = useForm<DeclarationFormValues, unknown, DeclarationStepData>({
    resolver,
    defaultValues: draft ?? savedValues,
    mode: "onTouched",
  });
  const { errors } = form.formState;
  // The declaration is saved only by submitting, so leaving with changes asks for confirmation.
  const [restoredUnsaved] = useState(() => draft !== undefined && JSON.stringify(draft) !== JSON.stringify(savedValues));
  useLeaveGuard({ step: "declaration", unsaved: form.formState.isDirty || restoredUnsaved });

  useEffect(() => {
    const subscription = form.watch((values) => wizard.setDraft("declaration", values));
    return () => subscription.unsubscribe();
  }, [form, wizard]);

  const onSubmit = form.handleSubmit((declaration) => {
    setFailure(null);
    setOtherIssues([]);
    startTransition(async () => {
      const result = await submitApplicationAction(applicationId, {
        declarationPlace: declaration.declarationPlace,
        declarantName: declaration.declarantName,
        accept: declaration.accept,
      });
      if (!result.ok) {
        setOtherIssues(applyFieldIssues(form, result.issues, (path) => fields.has(path)));
        setFailure(result);
        return;
      }
      router.push(`/exporter/applications/${applicationId}?submitted=1`);
    });
  });

  return (
    <form
      onSubmit={onSubmit}
      noValidate
      aria-labelledby="step-title"
      className="card space-y-6 p-5 sm:p-6"
    >
      <div>
        <h2 id="step-title" className="text-lg font-semibold text-slate-900">
          {tw("steps.declaration")}
        </h2>
        <p className="mt-1 text-sm text-slate-600">{tw("descriptions.declaration")}</p>
      </div>
      <ActionFailure failure={failure} testId="step-error" />
      {otherIssues.length > 0 && (
        <div className="rounded-md border border-red-200 bg-red-50 p-4 text-sm text-red-900" data-testid="submit-issues">
          <p className="font-semibold">{tw("fixOtherSteps")}</p>
          <ul className="mt-2 list-disc space-y-1 pl-5">
            {otherIssues.map((issue) => {
              const step = stepOfPath(issue.path);
              return (
                <li key={`${issue.path}-${issue.code}`}>
                  {step ? (
                    <Link href={`${applicationHref}/${step}`} className="link">
                      {tw(`steps.${step}`)}
                    </Link>
                  ) : null}
                  {step ? ": " : ""}
                  {tv.has(issue.code as never) ? tv(issue.code as never, { ...issue.params, ...issueParamTexts } as never) : tv("invalidValue")}
                </li>
              );
            })}
          </ul>
        </div>
      )}

      <blockquote className="rounded-md border-l-4 border-brand-600 bg-brand-50 p-4 text-sm text-slate-800" data-testid="declaration-text">
        {declarationText}
      </blockquote>

      <div className="grid gap-5 sm:grid-cols-2">
        <TextField
          label={t("declarationPlace")}
          registration={form.register("declarationPlace")}
          error={errors.declarationPlace?.message}
          maxLength={fieldMaxLengths.shortText}
          hint={t("declarationPlaceHint")}
          required
        />
        <TextField
          label={t("declarantName")}
          registration={form.register("declarantName")}
          error={errors.declarantName?.message}
          maxLength={fieldMaxLengths.name}
          required
        />
      </div>
      <CheckboxField label={t("accept")} registration={form.register("accept")} error={errors.accept?.message} />

      <div className="flex flex-wrap items-center justify-between gap-3 border-t border-slate-200 pt-5">
        <Link href={backHref} className="btn-secondary">
          {tw("back")}
        </Link>
        <SubmitButton pending={pending} pendingLabel={tw("submitting")}>
          {tw("submit")}
        </SubmitButton>
      </div>
    </form>
  );
}
