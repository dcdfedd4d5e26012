"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useMemo } from "react";
import { saveStepAction } from "@/app/(exporter)/exporter/actions";
import { CheckboxField, SelectField, TextField, type SelectOption } from "@/components/forms/fields";
import {
  box13FlagNames,
  fieldMaxLengths,
  makeInvoiceStepSchema,
  type InvoiceStepData,
  type InvoiceStepInput,
} from "@/lib/forms/form-d/schema";
import { StepFrame } from "../StepFrame";
import { useStepForm } from "../useStepForm";
import type { StepProps } from "./step-props";

const fields = new Set(["invoiceNumber", "invoiceDate", "thirdCountryInvoicerName", "thirdCountryInvoicerCountry"]);

/** Box 10 (invoice), the Box 13 ticks and, for third-country invoicing, the invoicer of Box 7. */
export function InvoiceStep({
  applicationId,
  savedValues,
  nextHref,
  backHref,
  departureDate,
  departureDateText,
  invoicerCountryOptions,
}: StepProps<InvoiceStepInput> & {
  /** Saved departure date, so the invoice date can be checked against it as on the server. */
  departureDate: string | null;
  /** The departure date written out for the error message, e.g. "14 January 2027". */
  departureDateText: string;
  /** Country names are built on the server so that server and browser render the same text. */
  invoicerCountryOptions: SelectOption[];
}) {
  const t = useTranslations("formD");
  const schema = useMemo(() => makeInvoiceStepSchema({ departureDate }), [departureDate]);
  const { form, ...frame } = useStepForm<InvoiceStepInput, InvoiceStepData>({
    step: "invoice",
    resolver: zodResolver(schema),
    savedValues,
    nextHref,
    save: (values) => saveStepAction(applicationId, "invoice", values),
    ownsPath: (path) => fields.has(path) || path === "box13" || path.startsWith("box13."),
  });
  const { errors } = form.formState;
  const thirdCountryInvoicing = form.watch("box13.thirdCountryInvoicing");

  return (
    <StepFrame step="invoice" {...frame} backHref={backHref}>
      <div className="grid gap-5 sm:grid-cols-2">
        <TextField
          label={t("invoiceNumber")}
          registration={form.register("invoiceNumber")}
          error={errors.invoiceNumber?.message}
          maxLength={fieldMaxLengths.reference}
          required
        />
        <TextField
          type="date"
          label={t("invoiceDate")}
          registration={form.register("invoiceDate")}
          error={errors.invoiceDate?.message}
          errorParams={{ departureDate: departureDateText }}
          hint={t("invoiceDateHint")}
          required
        />
      </div>

      <fieldset className="rounded-lg border border-slate-300 p-4 sm:p-5">
        <legend className="px-2 text-base font-semibold text-slate-900">{t("box13Title")}</legend>
        <p className="mb-4 text-sm text-slate-600">{t("box13Hint")}</p>
        <div className="grid gap-3 sm:grid-cols-2">
          {box13FlagNames.map((flag) => (
            <CheckboxField
              key={flag}
              label={t(`box13.${flag}`)}
              registration={form.register(`box13.${flag}`)}
              error={errors.box13?.[flag]?.message}
            />
          ))}
        </div>
      </fieldset>

      {thirdCountryInvoicing && (
        <fieldset className="rounded-lg border border-amber-300 bg-amber-50/40 p-4 sm:p-5" data-testid="third-country-invoicer">
          <legend className="px-2 text-base font-semibold text-slate-900">{t("thirdCountryInvoicerTitle")}</legend>
          <div className="grid gap-5 sm:grid-cols-2">
            <TextField
              label={t("thirdCountryInvoicerName")}
              registration={form.register("thirdCountryInvoicerName")}
              error={errors.thirdCountryInvoicerName?.message}
              maxLength={fieldMaxLengths.name}
              required
            />
            <SelectField
              label={t("thirdCountryInvoicerCountry")}
              registration={form.register("thirdCountryInvoicerCountry")}
              error={errors.thirdCountryInvoicerCountry?.message}
              options={invoicerCountryOptions}
              placeholder={t("choose")}
              required
            />
          </div>
        </fieldset>
      )}
    </StepFrame>
  );
}
