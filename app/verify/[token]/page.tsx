import type { Metadata } from "next";
import type { ReactNode } from "react";
import { notFound, redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { lookUpPublicCertificate } from "@/app/_server/public-certificate";
import { formatCalendarDate } from "@/components/format";
import { countryLabel, pickByLocale } from "@/components/localized";
import { Alert } from "@/components/ui/Alert";
import { StatusBadge } from "@/components/ui/StatusBadge";
import { verificationDefaultLocale, type Locale } from "@/i18n/config";
import { findAseanImportingCountry } from "@/lib/forms/form-d/countries";
import { VerifyHeader } from "@/components/verify/VerifyHeader";
import type { PublicCertificate } from "@/components/verify/view";
import { normalizeVerificationCode, verificationCodeOf } from "@/lib/certificates/verification-token";
import { getQuantityTexts } from "@/components/quantities";

const statusToneClass = {
  valid: "border-green-300 bg-green-50",
  revoked: "border-red-300 bg-red-50",
  expired: "border-slate-300 bg-slate-50",
} as const;

type Props = { params: Promise<{ token: string }>; searchParams: Promise<{ lang?: string }> };

/** Language of the public page: ?lang=lo or ?lang=en, English by default; the language cookie is ignored. */
function localeOf(lang: string | undefined): Locale {
  return lang === "lo" || lang === "en" ? lang : verificationDefaultLocale;
}

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: localeOf((await searchParams).lang), namespace: "verify" });
  return { title: t("title"), robots: { index: false, follow: false }, referrer: "no-referrer" };
}

export default async function VerifyCertificatePage({ params, searchParams }: Props) {
  const { token: typedToken } = await params;
  const { lang } = await searchParams;
  const locale = localeOf(lang);

  // A code typed in another case or grouping moves to the canonical URL, the one in the QR code.
  const token = normalizeVerificationCode(decodePathSegment(typedToken));
  if (token === null) notFound();
  if (token !== typedToken) redirect(`/verify/${token}${lang === "lo" || lang === "en" ? `?lang=${lang}` : ""}`);

  const lookup = await lookUpPublicCertificate(token);
  // A visitor over the miss limit sees the same not-found page, which reveals nothing.
  if (lookup.kind !== "found") notFound();
  const certificate = lookup.value;

  const otherLocale: Locale = locale === "en" ? "lo" : "en";
  const tokenPath = `/verify/${encodeURIComponent(token)}`;

  return (
    <div lang={locale} className="flex min-h-screen flex-col">
      <VerifyHeader locale={locale} switchHref={`${tokenPath}?lang=${otherLocale}`} />

      <main id="main" className="mx-auto w-full max-w-3xl flex-1 space-y-5 px-4 py-6">
        <CertificateSummary certificate={certificate} token={token} locale={locale} tokenPath={tokenPath} />
      </main>
    </div>
  );
}

/** Decode a path segment that may still be percent-encoded; an invalid escape leaves it as it is. */
function decodePathSegment(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

async function CertificateSummary({
  certificate,
  token,
  locale,
  tokenPath,
}: {
  certificate: PublicCertificate;
  token: string;
  locale: Locale;
  tokenPath: string;
}) {
  const t = await getTranslations({ locale, namespace: "verify" });
  const quantities = await getQuantityTexts(locale);
  const country = findAseanImportingCountry(certificate.importingCountry);

  return (
    <>
      <p className="text-sm text-slate-600">{t("subtitle")}</p>

      <section className={`rounded-lg border-2 p-4 ${statusToneClass[certificate.status]}`} aria-labelledby="status-heading" data-testid="verify-status">
        <h1 id="status-heading" className="flex flex-wrap items-center gap-3 text-xl font-semibold text-slate-900">
          <span>{t("statusLabel")}:</span>
          <StatusBadge status={certificate.status} label={t(`status.${certificate.status}`)} />
        </h1>
        <p className="mt-2 text-sm text-slate-800">{t(`statusText.${certificate.status}`)}</p>
      </section>

      {certificate.specimen && (
        <Alert tone="warning" testId="verify-specimen">
          {t("specimen")}
        </Alert>
      )}

      <section className="card">
        <dl className="divide-y divide-slate-100 text-sm">
          <Field label={t("referenceNumber")} value={<span className="font-mono font-semibold" data-testid="verify-reference">{certificate.referenceNumber}</span>} />
          <Field label={t("formType")} value={t("formD")} />
          <Field
            label={t("verificationCode")}
            value={
              <>
                <span className="font-mono font-semibold" data-testid="verify-code">{verificationCodeOf(token)}</span>
                <span className="block text-xs text-slate-600">{t("verificationCodeHint")}</span>
              </>
            }
          />
          <Field label={t("issueDate")} value={<span data-testid="verify-issue-date">{formatCalendarDate(certificate.issueDate, locale)}</span>} />
          <Field label={t("validUntil")} value={formatCalendarDate(certificate.validUntil, locale)} />
          <Field label={t("issuingOffice")} value={pickByLocale(locale, certificate.issuingOffice.nameEn, certificate.issuingOffice.nameLo)} />
          <Field label={t("exporter")} value={pickByLocale(locale, certificate.exporter.nameEn, certificate.exporter.nameLo)} />
          <Field label={t("consignee")} value={certificate.consigneeName} />
          <Field label={t("importingCountry")} value={countryLabel(locale, country, certificate.importingCountry)} />
        </dl>
      </section>

      <section aria-labelledby="items-heading" className="space-y-3">
        <h2 id="items-heading" className="text-lg font-semibold text-slate-900">
          {t("items")}
        </h2>
        <ol className="space-y-3">
          {certificate.items.map((item) => {
            return (
              <li key={item.itemNumber} className="card p-4 text-sm" data-testid={`verify-item-${item.itemNumber}`}>
                <p className="font-semibold text-slate-900">
                  {t("itemNumber", { number: item.itemNumber })}: <span className="font-normal">{item.description}</span>
                </p>
                <dl className="mt-2 grid gap-x-6 gap-y-1 sm:grid-cols-3">
                  <Pair label={t("hsCode")} value={<span className="font-mono">{item.hsCode}</span>} />
                  <Pair label={t("originCriterion")} value={<span className="font-mono">{item.originCriterion}</span>} />
                  <Pair label={t("quantity")} value={quantities.quantity(item.quantity, item.quantityUnit)} />
                </dl>
              </li>
            );
          })}
        </ol>
      </section>

      <section className="card space-y-2 p-4">
        <a href={`${tokenPath}/pdf`} className="btn-primary" download>
          {t("downloadPdf")}
        </a>
        <p className="text-xs text-slate-600">{t("pdfHint")}</p>
      </section>
    </>
  );
}

function Field({ label, value }: { label: string; value: ReactNode }) {
  return (
    <div className="grid gap-1 px-4 py-2 sm:grid-cols-3 sm:gap-4">
      <dt className="font-medium text-slate-600">{label}</dt>
      <dd className="break-words text-slate-900 sm:col-span-2">{value}</dd>
    </div>
  );
}

function Pair({ label, value }: { label: string; value: ReactNode }) {
  return (
    <div>
      <dt className="inline font-medium text-slate-600">{label}: </dt>
      <dd className="inline text-slate-900">{value}</dd>
    </div>
  );
}
