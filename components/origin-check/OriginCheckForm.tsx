"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useRef, useState, useTransition } from "react";
import { useFieldArray, useForm, type Path } from "react-hook-form";
import type { ActionResult } from "@/app/_server/action-result";
import { checkOriginAction } from "@/app/(exporter)/exporter/origin-check/actions";
import { SelectField, TextField } from "@/components/forms/fields";
import { FieldError } from "@/components/forms/FieldError";
import { HsCodeCombobox } from "@/components/wizard/HsCodeCombobox";
import { ActionFailure } from "@/components/ui/ActionFailure";
import { Spinner } from "@/components/ui/Spinner";
import { commonFobCurrencies, currencyCodes } from "@/lib/forms/form-d/countries";
import {
  EVIDENCE_COUNTRIES,
  EVIDENCE_KINDS,
  MATERIAL_ORIGIN_STATUSES,
  MAX_MATERIALS,
  NAME_MAX_LENGTH,
  emptyMaterial,
  emptyOriginCheck,
  originCheckSchema,
  roastedCoffeeExample,
  type OriginCheckData,
  type OriginCheckInput,
} from "@/lib/forms/origin-check/schema";
import { AGREEMENT_IDS } from "@/lib/origin/agreements";
import type { OriginAssessment } from "@/lib/origin/types";
import { OriginResult } from "./OriginResult";

type Failure = Extract<ActionResult, { ok: false }>;

const currencyOptions = [
  ...commonFobCurrencies,
  ...currencyCodes.filter((code) => !(commonFobCurrencies as readonly string[]).includes(code)),
].map((code) => ({ value: code, label: code }));

/** Cost sheet form of the origin check; shows the engine's assessment below it. */
export function OriginCheckForm() {
  const t = useTranslations("originCheck");
  const form = useForm<OriginCheckInput, unknown, OriginCheckData>({
    resolver: zodResolver(originCheckSchema),
    defaultValues: emptyOriginCheck(),
    mode: "onTouched",
  });
  const { fields, append, remove } = useFieldArray({ control: form.control, name: "materials" });
  const { errors } = form.formState;
  const [pending, startTransition] = useTransition();
  const [failure, setFailure] = useState<Failure | null>(null);
  const [assessment, setAssessment] = useState<OriginAssessment | null>(null);
  const resultRef = useRef<HTMLDivElement>(null);
  const materials = form.watch("materials");

  function fillExample() {
    form.reset(
      roastedCoffeeExample({
        product: t("example.product"),
        laoBeans: t("example.laoBeans"),
        retailBoxes: t("example.retailBoxes"),
        labels: t("example.labels"),
        brazilianBeans: t("example.brazilianBeans"),
        foilBags: t("example.foilBags"),
      }),
    );
    setAssessment(null);
    setFailure(null);
  }

  const submit = form.handleSubmit(() => {
    // Send what the fields hold; the server parses it with the same schema.
    const values = form.getValues();
    startTransition(async () => {
      const result = await checkOriginAction(values);
      if (result.ok) {
        setFailure(null);
        setAssessment(result.data);
        requestAnimationFrame(() => resultRef.current?.focus());
        return;
      }
      setAssessment(null);
      let focused = false;
      for (const issue of result.issues) {
        form.setError(issue.path as Path<OriginCheckInput>, { type: "server", message: issue.code }, { shouldFocus: !focused });
        focused = true;
      }
      setFailure(result);
    });
  });

  const originOptions = MATERIAL_ORIGIN_STATUSES.map((status) => ({ value: status, label: t(`origin.${status}`) }));
  const evidenceOptions = EVIDENCE_KINDS.map((kind) => ({ value: kind, label: t(`evidence.${kind}`) }));
  const countryOptions = EVIDENCE_COUNTRIES.map((code) => ({ value: code, label: t(`countries.${code}`) }));

  return (
    <div className="space-y-6">
      <form onSubmit={submit} noValidate className="card space-y-6 p-4 sm:p-6" aria-labelledby="origin-check-form-title">
        <div className="flex flex-wrap items-center justify-between gap-3">
          <h2 id="origin-check-form-title" className="text-lg font-semibold text-slate-900">
            {t("costSheet")}
          </h2>
          <button type="button" className="btn-secondary" onClick={fillExample}>
            {t("fillExample")}
          </button>
        </div>

        <div className="grid gap-4 sm:grid-cols-2">
          <TextField
            label={t("productName")}
            registration={form.register("productName")}
            error={errors.productName?.message}
            maxLength={NAME_MAX_LENGTH}
            required
          />
          <HsCodeCombobox
            control={form.control}
            name="hsCode"
            label={t("hsCode")}
            hint={t("hsCodeHint")}
            error={errors.hsCode?.message}
          />
        </div>

        <fieldset aria-describedby="field-agreements-error">
          <legend className="label">{t("agreements")}</legend>
          <div className="mt-1 grid gap-2 sm:grid-cols-2 lg:grid-cols-3">
            {AGREEMENT_IDS.map((id) => (
              <label key={id} className="flex items-center gap-2 text-sm text-slate-800">
                <input
                  type="checkbox"
                  value={id}
                  className="h-4 w-4 rounded border-slate-400 text-brand-700 focus:ring-brand-600"
                  {...form.register("agreements")}
                />
                {t(`agreementNames.${id}`)}
              </label>
            ))}
          </div>
          <FieldError name="agreements" messageKey={errors.agreements?.message ?? errors.agreements?.root?.message} />
        </fieldset>

        <div className="grid gap-4 sm:grid-cols-2">
          <TextField
            label={t("fob")}
            registration={form.register("fob")}
            error={errors.fob?.message}
            inputMode="decimal"
            required
          />
          <SelectField
            label={t("currency")}
            registration={form.register("currency")}
            error={errors.currency?.message}
            options={currencyOptions}
            placeholder={t("choose")}
            hint={t("currencyHint")}
            required
          />
        </div>

        <section aria-labelledby="materials-title" className="space-y-3">
          <h3 id="materials-title" className="text-base font-semibold text-slate-900">
            {t("materials")}
          </h3>
          <p className="text-sm text-slate-600">{t("materialsHint")}</p>
          <FieldError name="materials" messageKey={errors.materials?.message ?? errors.materials?.root?.message} params={{ max: MAX_MATERIALS }} />
          <ol className="space-y-4">
            {fields.map((row, index) => {
              const rowErrors = errors.materials?.[index];
              const originating = materials?.[index]?.origin === "ORIGINATING";
              return (
                <li key={row.id}>
                  <fieldset className="rounded-lg border border-slate-300 p-3 sm:p-4" data-testid={`material-${index}`}>
                    <legend className="px-2 text-sm font-semibold text-slate-900">{t("materialNumber", { number: index + 1 })}</legend>
                    <div className="grid gap-3 sm:grid-cols-12">
                      <TextField
                        className="sm:col-span-4"
                        label={t("materialDescription")}
                        registration={form.register(`materials.${index}.description`)}
                        error={rowErrors?.description?.message}
                        maxLength={NAME_MAX_LENGTH}
                        required
                      />
                      <TextField
                        className="sm:col-span-2"
                        label={t("materialHsCode")}
                        registration={form.register(`materials.${index}.hsCode`)}
                        error={rowErrors?.hsCode?.message}
                        required
                      />
                      <TextField
                        className="sm:col-span-2"
                        label={t("materialValue")}
                        registration={form.register(`materials.${index}.value`)}
                        error={rowErrors?.value?.message}
                        inputMode="decimal"
                        required
                      />
                      <SelectField
                        className="sm:col-span-4"
                        label={t("materialOrigin")}
                        registration={form.register(`materials.${index}.origin`)}
                        error={rowErrors?.origin?.message}
                        options={originOptions}
                        placeholder={t("choose")}
                        required
                      />
                      {originating && (
                        <>
                          <SelectField
                            className="sm:col-span-6"
                            label={t("evidenceKind")}
                            registration={form.register(`materials.${index}.evidenceKind`)}
                            error={rowErrors?.evidenceKind?.message}
                            options={evidenceOptions}
                            placeholder={t("choose")}
                            required
                          />
                          <SelectField
                            className="sm:col-span-6"
                            label={t("evidenceCountry")}
                            registration={form.register(`materials.${index}.evidenceCountry`)}
                            error={rowErrors?.evidenceCountry?.message}
                            options={countryOptions}
                            placeholder={t("choose")}
                            required
                          />
                        </>
                      )}
                    </div>
                    <div className="mt-3 flex justify-end">
                      <button type="button" className="btn-secondary text-red-800" onClick={() => remove(index)}>
                        {t("removeMaterial", { number: index + 1 })}
                      </button>
                    </div>
                  </fieldset>
                </li>
              );
            })}
          </ol>
          <button
            type="button"
            className="btn-secondary"
            disabled={fields.length >= MAX_MATERIALS}
            onClick={() => append(emptyMaterial(), { shouldFocus: true })}
          >
            {t("addMaterial")}
          </button>
        </section>

        <section aria-labelledby="costs-title" className="space-y-3">
          <h3 id="costs-title" className="text-base font-semibold text-slate-900">
            {t("otherParts")}
          </h3>
          <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
            {(["directLabour", "directOverhead", "otherCosts", "profit"] as const).map((name) => (
              <TextField
                key={name}
                label={t(name)}
                registration={form.register(name)}
                error={errors[name]?.message}
                inputMode="decimal"
                required
              />
            ))}
          </div>
        </section>

        <ActionFailure failure={failure} testId="origin-check-error" />

        <div className="flex justify-end">
          <button type="submit" className="btn-primary" disabled={pending} aria-busy={pending}>
            {pending ? (
              <>
                <Spinner />
                <span>{t("checking")}</span>
              </>
            ) : (
              t("check")
            )}
          </button>
        </div>
      </form>

      {assessment && (
        <div ref={resultRef} tabIndex={-1} className="outline-none">
          <OriginResult assessment={assessment} />
        </div>
      )}
    </div>
  );
}
