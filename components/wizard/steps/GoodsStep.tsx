"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useLocale, useTranslations } from "next-intl";
import { useFieldArray } from "react-hook-form";
import { saveStepAction } from "@/app/(exporter)/exporter/actions";
import { FieldError } from "@/components/forms/FieldError";
import { SelectField, TextAreaField, TextField } from "@/components/forms/fields";
import { commonFobCurrencies, currencyCodes } from "@/lib/forms/form-d/countries";
import {
  fieldMaxLengths,
  goodsStepSchema,
  MAX_ITEMS,
  type GoodsStepData,
  type GoodsStepInput,
} from "@/lib/forms/form-d/schema";
import { packageKinds, quantityUnits } from "@/lib/forms/form-d/units";
import { HsCodeCombobox } from "../HsCodeCombobox";
import { StepFrame } from "../StepFrame";
import { useStepForm } from "../useStepForm";
import { emptyGoodsItem } from "./empty-goods-item";
import type { StepProps } from "./step-props";


const otherCurrencies = currencyCodes.filter((code) => !(commonFobCurrencies as readonly string[]).includes(code));
const criterionSuggestions = ["WO", "CTH", "CTSH", "CC", "SP", "40%"];

/** Boxes 5 to 9: one fieldset per goods item, with add and remove. */
export function GoodsStep({ applicationId, savedValues, nextHref, backHref }: StepProps<GoodsStepInput>) {
  const t = useTranslations("formD");
  const locale = useLocale();
  const { form, ...frame } = useStepForm<GoodsStepInput, GoodsStepData>({
    step: "goods",
    resolver: zodResolver(goodsStepSchema),
    savedValues,
    nextHref,
    save: (values) => saveStepAction(applicationId, "goods", values),
    ownsPath: (path) => path === "items" || path.startsWith("items."),
  });
  const { fields, append, remove } = useFieldArray({ control: form.control, name: "items" });
  const { errors } = form.formState;
  const label = (item: { en: string; lo: string }) => (locale === "lo" ? item.lo : item.en);

  return (
    <StepFrame step="goods" {...frame} backHref={backHref}>
      <datalist id="origin-criterion-suggestions">
        {criterionSuggestions.map((value) => (
          <option key={value} value={value} />
        ))}
      </datalist>

      <FieldError name="items" messageKey={errors.items?.message ?? errors.items?.root?.message} params={{ max: MAX_ITEMS }} />

      <ol className="space-y-6">
        {fields.map((item, index) => {
          const itemErrors = errors.items?.[index];
          return (
            <li key={item.id}>
              <fieldset className="rounded-lg border border-slate-300 p-4 sm:p-5" data-testid={`goods-item-${index}`}>
                <legend className="px-2 text-base font-semibold text-slate-900">{t("itemNumber", { number: index + 1 })}</legend>
                <div className="grid gap-4 sm:grid-cols-6">
                  <TextAreaField
                    className="sm:col-span-6"
                    label={t("description")}
                    hint={t("descriptionHint")}
                    registration={form.register(`items.${index}.description`)}
                    error={itemErrors?.description?.message}
                    maxLength={fieldMaxLengths.description}
                    rows={2}
                    required
                  />
                  <div className="sm:col-span-3">
                    <HsCodeCombobox
                      control={form.control}
                      name={`items.${index}.hsCode`}
                      label={t("hsCode")}
                      hint={t("hsCodeHint")}
                      error={itemErrors?.hsCode?.message}
                    />
                  </div>
                  <div className="sm:col-span-3">
                    <label htmlFor={`field-items-${index}-originCriterion`} className="label">
                      {t("originCriterion")}
                      <span aria-hidden="true" className="ml-0.5 text-red-700">
                        *
                      </span>
                    </label>
                    <input
                      id={`field-items-${index}-originCriterion`}
                      list="origin-criterion-suggestions"
                      autoComplete="off"
                      aria-required
                      aria-invalid={itemErrors?.originCriterion ? true : undefined}
                      aria-describedby={`field-items-${index}-originCriterion-hint${itemErrors?.originCriterion ? ` field-items-${index}-originCriterion-error` : ""}`}
                      className="input font-mono"
                      {...form.register(`items.${index}.originCriterion`)}
                    />
                    <p id={`field-items-${index}-originCriterion-hint`} className="mt-1 text-xs text-slate-600">
                      {t("originCriterionHint")}
                    </p>
                    <FieldError name={`items.${index}.originCriterion`} messageKey={itemErrors?.originCriterion?.message} />
                  </div>
                  <TextField
                    className="sm:col-span-3"
                    label={t("marksAndNumbers")}
                    hint={t("marksAndNumbersHint")}
                    registration={form.register(`items.${index}.marksAndNumbers`)}
                    error={itemErrors?.marksAndNumbers?.message}
                    maxLength={fieldMaxLengths.marks}
                    required
                  />
                  <TextField
                    className="sm:col-span-1"
                    label={t("packageCount")}
                    inputMode="numeric"
                    registration={form.register(`items.${index}.packageCount`)}
                    error={itemErrors?.packageCount?.message}
                    required
                  />
                  <SelectField
                    className="sm:col-span-2"
                    label={t("packageKind")}
                    registration={form.register(`items.${index}.packageKind`)}
                    error={itemErrors?.packageKind?.message}
                    options={packageKinds.map((kind) => ({ value: kind.code, label: label(kind) }))}
                    placeholder={t("choose")}
                    required
                  />
                  <TextField
                    className="sm:col-span-2"
                    label={t("quantity")}
                    hint={t("quantityHint")}
                    inputMode="decimal"
                    registration={form.register(`items.${index}.quantity`)}
                    error={itemErrors?.quantity?.message}
                    required
                  />
                  <SelectField
                    className="sm:col-span-1"
                    label={t("quantityUnit")}
                    registration={form.register(`items.${index}.quantityUnit`)}
                    error={itemErrors?.quantityUnit?.message}
                    options={quantityUnits.map((unit) => ({ value: unit.code, label: label(unit) }))}
                    placeholder={t("choose")}
                    required
                  />
                  <TextField
                    className="sm:col-span-2"
                    label={t("fobValue")}
                    hint={t("fobValueHint")}
                    inputMode="decimal"
                    registration={form.register(`items.${index}.fobValue`)}
                    error={itemErrors?.fobValue?.message}
                  />
                  <div className="sm:col-span-1">
                    <label htmlFor={`field-items-${index}-fobCurrency`} className="label">
                      {t("fobCurrency")}
                    </label>
                    <select
                      id={`field-items-${index}-fobCurrency`}
                      className="input"
                      aria-invalid={itemErrors?.fobCurrency ? true : undefined}
                      {...form.register(`items.${index}.fobCurrency`)}
                    >
                      {commonFobCurrencies.map((code) => (
                        <option key={code} value={code}>
                          {code}
                        </option>
                      ))}
                      <option disabled>──────</option>
                      {otherCurrencies.map((code) => (
                        <option key={code} value={code}>
                          {code}
                        </option>
                      ))}
                    </select>
                    <FieldError name={`items.${index}.fobCurrency`} messageKey={itemErrors?.fobCurrency?.message} />
                  </div>
                </div>
                {fields.length > 1 && (
                  <div className="mt-4 text-right">
                    <button type="button" className="btn-secondary text-red-800" onClick={() => remove(index)}>
                      {t("removeItem", { number: index + 1 })}
                    </button>
                  </div>
                )}
              </fieldset>
            </li>
          );
        })}
      </ol>

      <button
        type="button"
        className="btn-secondary"
        disabled={fields.length >= MAX_ITEMS}
        onClick={() => append({ ...emptyGoodsItem }, { shouldFocus: true })}
      >
        {t("addItem")}
      </button>
    </StepFrame>
  );
}
