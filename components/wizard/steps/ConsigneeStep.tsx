"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useLocale, useTranslations } from "next-intl";
import { saveStepAction } from "@/app/(exporter)/exporter/actions";
import { TextAreaField, TextField, SelectField } from "@/components/forms/fields";
import { aseanImportingCountries } from "@/lib/forms/form-d/countries";
import {
  consigneeStepSchema,
  fieldMaxLengths,
  type ConsigneeStepData,
  type ConsigneeStepInput,
} from "@/lib/forms/form-d/schema";
import { StepFrame } from "../StepFrame";
import { useStepForm } from "../useStepForm";
import type { StepProps } from "./step-props";

const fields = new Set(["consigneeName", "consigneeAddress", "importingCountry"]);

/** Box 2 (consignee) and the importing country of Box 11. */
export function ConsigneeStep({ applicationId, savedValues, nextHref, backHref }: StepProps<ConsigneeStepInput>) {
  const t = useTranslations("formD");
  const locale = useLocale();
  const { form, ...frame } = useStepForm<ConsigneeStepInput, ConsigneeStepData>({
    step: "consignee",
    resolver: zodResolver(consigneeStepSchema),
    savedValues,
    nextHref,
    save: (values) => saveStepAction(applicationId, "consignee", values),
    ownsPath: (path) => fields.has(path),
  });
  const { errors } = form.formState;

  const countryOptions = aseanImportingCountries.map((country) => ({
    value: country.code,
    label: locale === "lo" ? country.nameLo : country.nameEn,
  }));

  return (
    <StepFrame step="consignee" {...frame} backHref={backHref}>
      <div className="grid gap-5">
        <TextField
          label={t("consigneeName")}
          registration={form.register("consigneeName")}
          error={errors.consigneeName?.message}
          maxLength={fieldMaxLengths.name}
          required
        />
        <TextAreaField
          label={t("consigneeAddress")}
          registration={form.register("consigneeAddress")}
          error={errors.consigneeAddress?.message}
          maxLength={fieldMaxLengths.address}
          required
        />
        <SelectField
          label={t("importingCountry")}
          registration={form.register("importingCountry")}
          error={errors.importingCountry?.message}
          options={countryOptions}
          placeholder={t("choose")}
          hint={t("importingCountryHint")}
          required
          className="sm:max-w-sm"
        />
      </div>
    </StepFrame>
  );
}
