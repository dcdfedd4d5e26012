"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useLocale, useTranslations } from "next-intl";
import { saveStepAction } from "@/app/(exporter)/exporter/actions";
import { SelectField, TextField } from "@/components/forms/fields";
import { fieldMaxLengths, transportStepSchema, type TransportStepData, type TransportStepInput } from "@/lib/forms/form-d/schema";
import { laoLoadingPlaces, transportModes } from "@/lib/forms/form-d/units";
import { StepFrame } from "../StepFrame";
import { useStepForm } from "../useStepForm";
import type { StepProps } from "./step-props";

const fields = new Set(["departureDate", "transportMode", "vehicleOrVessel", "portOfLoading", "portOfDischarge"]);

/** Box 3: means of transport and route. */
export function TransportStep({ applicationId, savedValues, nextHref, backHref }: StepProps<TransportStepInput>) {
  const t = useTranslations("formD");
  const locale = useLocale();
  const { form, ...frame } = useStepForm<TransportStepInput, TransportStepData>({
    step: "transport",
    resolver: zodResolver(transportStepSchema),
    savedValues,
    nextHref,
    save: (values) => saveStepAction(applicationId, "transport", values),
    ownsPath: (path) => fields.has(path),
  });
  const { errors } = form.formState;
  const label = (item: { en: string; lo: string }) => (locale === "lo" ? item.lo : item.en);

  return (
    <StepFrame step="transport" {...frame} backHref={backHref}>
      <div className="grid gap-5 sm:grid-cols-2">
        <TextField
          type="date"
          label={t("departureDate")}
          registration={form.register("departureDate")}
          error={errors.departureDate?.message}
          required
        />
        <SelectField
          label={t("transportMode")}
          registration={form.register("transportMode")}
          error={errors.transportMode?.message}
          options={transportModes.map((mode) => ({ value: mode.code, label: label(mode) }))}
          placeholder={t("choose")}
          required
        />
        <TextField
          label={t("vehicleOrVessel")}
          registration={form.register("vehicleOrVessel")}
          error={errors.vehicleOrVessel?.message}
          maxLength={fieldMaxLengths.shortText}
          hint={t("vehicleOrVesselHint")}
          className="sm:col-span-2"
        />
        <div>
          <TextField
            label={t("portOfLoading")}
            registration={form.register("portOfLoading")}
            error={errors.portOfLoading?.message}
            maxLength={fieldMaxLengths.shortText}
            hint={t("portOfLoadingHint")}
            required
          />
          <PlaceSuggestions
            listLabel={t("commonPlaces")}
            onPick={(value) => form.setValue("portOfLoading", value, { shouldValidate: true, shouldDirty: true })}
            places={laoLoadingPlaces.map((place) => ({ code: place.code, text: place.en, label: label(place) }))}
          />
        </div>
        <TextField
          label={t("portOfDischarge")}
          registration={form.register("portOfDischarge")}
          error={errors.portOfDischarge?.message}
          maxLength={fieldMaxLengths.shortText}
          hint={t("portOfDischargeHint")}
          required
        />
      </div>
    </StepFrame>
  );
}

/** Buttons that fill the place of loading with a common Lao border checkpoint, printed in English. */
function PlaceSuggestions({
  listLabel,
  places,
  onPick,
}: {
  listLabel: string;
  places: { code: string; text: string; label: string }[];
  onPick: (value: string) => void;
}) {
  return (
    <details className="mt-2 text-sm">
      <summary className="cursor-pointer text-brand-700">{listLabel}</summary>
      <ul className="mt-2 space-y-1">
        {places.map((place) => (
          <li key={place.code}>
            <button type="button" className="text-left text-slate-700 underline-offset-2 hover:underline" onClick={() => onPick(place.text)}>
              {place.label}
            </button>
          </li>
        ))}
      </ul>
    </details>
  );
}
