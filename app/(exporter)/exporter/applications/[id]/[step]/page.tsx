import type { Metadata } from "next";
import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { requireActor } from "@/app/_server/actor";
import { loadApplication, resumeStepIndex } from "@/app/_server/applications";
import { stepValues } from "@/app/_server/step-values";
import { ApplicationDetails } from "@/components/application/ApplicationDetails";
import { formatCalendarDate } from "@/components/format";
import { countryLabel } from "@/components/localized";
import { Alert } from "@/components/ui/Alert";
import { ReviewContinue } from "@/components/wizard/ReviewContinue";
import { ConsigneeStep } from "@/components/wizard/steps/ConsigneeStep";
import { DeclarationStep } from "@/components/wizard/steps/DeclarationStep";
import { GoodsStep } from "@/components/wizard/steps/GoodsStep";
import { InvoiceStep } from "@/components/wizard/steps/InvoiceStep";
import { TransportStep } from "@/components/wizard/steps/TransportStep";
import { WizardProgress } from "@/components/wizard/WizardProgress";
import { findAseanImportingCountry, isoCountryCodes, LAO_PDR } from "@/lib/forms/form-d/countries";
import { formDSteps, type FormDStep } from "@/lib/forms/form-d/schema";

type Params = Promise<{ id: string; step: string }>;

function isStep(value: string): value is FormDStep {
  return (formDSteps as readonly string[]).includes(value);
}

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { step } = await params;
  const t = await getTranslations("wizard");
  return { title: isStep(step) ? t(`steps.${step}`) : t("title") };
}

/** Render one step of the Form D wizard for a draft or returned application. */
export default async function WizardStepPage({ params }: { params: Params }) {
  const actor = await requireActor("exporter");
  const { id, step } = await params;
  if (!isStep(step)) notFound();

  const application = await loadApplication(actor, id);
  if (!application) notFound();
  if (application.status !== "draft" && application.status !== "returned") redirect(`/exporter/applications/${id}`);

  // Steps after the furthest one reached would skip validation of the steps before them.
  const stepIndex = formDSteps.indexOf(step);
  const furthestIndex = resumeStepIndex(application);
  if (stepIndex > furthestIndex) redirect(`/exporter/applications/${id}/${formDSteps[furthestIndex]}`);

  const t = await getTranslations("wizard");
  const locale = await getLocale();
  const hrefFor = (target: FormDStep) => `/exporter/applications/${id}/${target}`;
  const nextHref = stepIndex + 1 < formDSteps.length ? hrefFor(formDSteps[stepIndex + 1]) : hrefFor(step);
  const backHref = stepIndex > 0 ? hrefFor(formDSteps[stepIndex - 1]) : null;
  const values = stepValues(application);
  const common = { applicationId: id, nextHref, backHref };

  return (
    <div className="space-y-6">
      <p>
        <Link href="/exporter" className="link text-sm">
          ← {t("backToList")}
        </Link>
      </p>
      <h1 className="text-2xl font-semibold text-slate-900">{t("title")}</h1>

      {application.status === "returned" && (
        <Alert tone="warning" title={t("returnedTitle")} testId="return-reason">
          <p className="whitespace-pre-line">{application.returnReason}</p>
          <p className="mt-2">{t("returnedHint")}</p>
        </Alert>
      )}

      <WizardProgress current={step} furthestIndex={furthestIndex} hrefFor={hrefFor} />

      {step === "consignee" && <ConsigneeStep {...common} savedValues={values.consignee} />}
      {step === "transport" && <TransportStep {...common} savedValues={values.transport} />}
      {step === "goods" && <GoodsStep {...common} savedValues={values.goods} />}
      {step === "invoice" && (
        <InvoiceStep
          {...common}
          savedValues={values.invoice}
          departureDate={application.departureDate}
          departureDateText={formatCalendarDate(application.departureDate, locale)}
          invoicerCountryOptions={invoicerCountryOptions(locale)}
        />
      )}
      {step === "review" && (
        <div className="space-y-5">
          <div>
            <h2 className="text-lg font-semibold text-slate-900">{t("steps.review")}</h2>
            <p className="mt-1 text-sm text-slate-600">{t("descriptions.review")}</p>
          </div>
          <ApplicationDetails application={application} editHref={hrefFor} />
          <ReviewContinue applicationId={id} backHref={backHref ?? hrefFor("invoice")} nextHref={nextHref} />
        </div>
      )}
      {step === "declaration" && (
        <DeclarationStep
          applicationId={id}
          savedValues={values.declaration}
          backHref={hrefFor("review")}
          declarationText={await declarationText(application.importingCountry, locale)}
          applicationHref={`/exporter/applications/${id}`}
          issueParamTexts={{ departureDate: formatCalendarDate(application.departureDate, locale) }}
        />
      )}
    </div>
  );
}

/** Any country except Lao PDR may be the third-country invoicer's, named in the user's language. */
function invoicerCountryOptions(locale: string) {
  const names = new Intl.DisplayNames([locale === "lo" ? "lo" : "en"], { type: "region" });
  return isoCountryCodes
    .filter((code) => code !== LAO_PDR.code)
    .map((code) => ({ value: code, label: names.of(code) ?? code }))
    .sort((left, right) => left.label.localeCompare(right.label, locale));
}

async function declarationText(importingCountryCode: string | null, locale: string) {
  const t = await getTranslations("formD");
  const country = importingCountryCode ? findAseanImportingCountry(importingCountryCode) : undefined;
  return t("declarationText", {
    producedIn: countryLabel(locale, LAO_PDR),
    importingCountry: countryLabel(locale, country),
  });
}
