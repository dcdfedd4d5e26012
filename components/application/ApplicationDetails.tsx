import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { formatAmount, formatCalendarDate, formatHsCode } from "@/components/format";
import { codeLabel, countryLabel, pickByLocale } from "@/components/localized";
import { getQuantityTexts } from "@/components/quantities";
import { findAseanImportingCountry } from "@/lib/forms/form-d/countries";
import { box13FlagNames, type FormDStep } from "@/lib/forms/form-d/schema";
import { transportModes } from "@/lib/forms/form-d/units";
import type { ApplicationView } from "./view";

/**
 * Show every field of an application read-only, in Form D box order. With `editHref` each section
 * links to the wizard step that edits it (the exporter's review step).
 */
export async function ApplicationDetails({
  application,
  editHref,
}: {
  application: ApplicationView;
  editHref?: (step: FormDStep) => string;
}) {
  const t = await getTranslations("formD");
  const td = await getTranslations("details");
  const locale = await getLocale();
  const quantityTexts = await getQuantityTexts();
  const countryName = (code: string | null) => {
    if (!code) return "";
    const asean = findAseanImportingCountry(code);
    if (asean) return countryLabel(locale, asean);
    return new Intl.DisplayNames([locale === "lo" ? "lo" : "en"], { type: "region" }).of(code) ?? code;
  };
  const ticked = box13FlagNames.filter((flag) => application.box13?.[flag]);
  const transportMode = transportModes.find((mode) => mode.code === application.transportMode);

  return (
    <div className="space-y-5" data-testid="application-details">
      {application.exporter && (
        <Section title={td("exporter")}>
          <Row label={td("exporterName")}>
            {pickByLocale(locale, application.exporter.nameEn, application.exporter.nameLo)}
          </Row>
          <Row label={td("exporterAddress")}>{application.exporter.addressEn}</Row>
        </Section>
      )}

      <Section title={td("sections.consignee")} editHref={editHref?.("consignee")} editLabel={td("edit")}>
        <Row label={t("consigneeName")}>{application.consigneeName}</Row>
        <Row label={t("consigneeAddress")}>
          <span className="whitespace-pre-line">{application.consigneeAddress}</span>
        </Row>
        <Row label={t("importingCountry")}>{countryName(application.importingCountry)}</Row>
      </Section>

      <Section title={td("sections.transport")} editHref={editHref?.("transport")} editLabel={td("edit")}>
        <Row label={t("departureDate")}>{formatCalendarDate(application.departureDate, locale)}</Row>
        <Row label={t("transportMode")}>{codeLabel(locale, transportMode, application.transportMode)}</Row>
        <Row label={t("vehicleOrVessel")}>{application.vehicleOrVessel}</Row>
        <Row label={t("portOfLoading")}>{application.portOfLoading}</Row>
        <Row label={t("portOfDischarge")}>{application.portOfDischarge}</Row>
      </Section>

      <Section title={td("sections.goods")} editHref={editHref?.("goods")} editLabel={td("edit")}>
        {application.items.length === 0 ? (
          <p className="px-4 py-3 text-sm text-slate-600">{td("noItems")}</p>
        ) : (
          <ol className="divide-y divide-slate-200">
            {application.items.map((item) => (
              <li key={item.lineNumber} className="px-4 py-3" data-testid={`item-${item.lineNumber}`}>
                <p className="font-semibold text-slate-900">
                  {t("itemNumber", { number: item.lineNumber })}: {item.description}
                </p>
                <dl className="mt-2 grid gap-x-6 gap-y-1 text-sm sm:grid-cols-2 lg:grid-cols-3">
                  <Pair label={t("hsCode")} value={<span className="font-mono">{formatHsCode(item.hsCode)}</span>} />
                  <Pair label={t("originCriterion")} value={<span className="font-mono">{item.originCriterion}</span>} />
                  <Pair label={t("marksAndNumbers")} value={item.marksAndNumbers} />
                  <Pair
                    label={td("packages")}
                    value={quantityTexts.packages(item.packageCount, item.packageKind)}
                  />
                  <Pair
                    label={t("quantity")}
                    value={quantityTexts.quantity(item.quantity, item.quantityUnit)}
                  />
                  <Pair
                    label={t("fobValue")}
                    value={item.fobValue ? `${item.fobCurrency ?? ""} ${formatAmount(item.fobValue)}` : td("notStated")}
                  />
                </dl>
              </li>
            ))}
          </ol>
        )}
      </Section>

      <Section title={td("sections.invoice")} editHref={editHref?.("invoice")} editLabel={td("edit")}>
        <Row label={t("invoiceNumber")}>{application.invoiceNumber}</Row>
        <Row label={t("invoiceDate")}>{formatCalendarDate(application.invoiceDate, locale)}</Row>
        <Row label={t("box13Title")}>
          {ticked.length === 0 ? td("noneTicked") : ticked.map((flag) => t(`box13.${flag}`)).join(", ")}
        </Row>
        {application.box13?.thirdCountryInvoicing && (
          <>
            <Row label={t("thirdCountryInvoicerName")}>{application.thirdCountryInvoicerName}</Row>
            <Row label={t("thirdCountryInvoicerCountry")}>{countryName(application.thirdCountryInvoicerCountry)}</Row>
          </>
        )}
      </Section>

      {(application.declarantName || application.declarationPlace) && (
        <Section title={td("sections.declaration")}>
          <Row label={t("declarationPlace")}>{application.declarationPlace}</Row>
          <Row label={t("declarantName")}>{application.declarantName}</Row>
          <Row label={td("declarationDate")}>{formatCalendarDate(application.declarationDate, locale)}</Row>
        </Section>
      )}
    </div>
  );
}

function Section({
  title,
  editHref,
  editLabel,
  children,
}: {
  title: string;
  editHref?: string;
  editLabel?: string;
  children: ReactNode;
}) {
  return (
    <section className="card overflow-hidden">
      <div className="flex items-center justify-between gap-3 border-b border-slate-200 bg-slate-50 px-4 py-2">
        <h3 className="text-sm font-semibold tracking-wide text-slate-800">{title}</h3>
        {editHref && (
          <Link href={editHref} className="link text-sm" aria-label={`${editLabel}: ${title}`}>
            {editLabel}
          </Link>
        )}
      </div>
      <div className="divide-y divide-slate-100">{children}</div>
    </section>
  );
}

function Row({ label, children }: { label: string; children: ReactNode }) {
  return (
    <dl className="grid gap-1 px-4 py-2 text-sm sm:grid-cols-3 sm:gap-4">
      <dt className="font-medium text-slate-600">{label}</dt>
      <dd className="break-words text-slate-900 sm:col-span-2">{children || <span className="text-slate-400">—</span>}</dd>
    </dl>
  );
}

function Pair({ label, value }: { label: string; value: ReactNode }) {
  return (
    <div className="min-w-0">
      <dt className="inline font-medium text-slate-600">{label}: </dt>
      <dd className="inline break-words text-slate-900">{value}</dd>
    </div>
  );
}
