import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { requireActor } from "@/app/_server/actor";
import { loadApplicationList } from "@/app/_server/applications";
import type { ApplicationListItem } from "@/components/application/view";
import { formatInstant } from "@/components/format";
import { countryLabel } from "@/components/localized";
import { Alert } from "@/components/ui/Alert";
import { DataTable } from "@/components/ui/DataTable";
import { StatusBadge } from "@/components/ui/StatusBadge";
import { SubmitButton } from "@/components/ui/SubmitButton";
import { errorCodes, type ErrorCode } from "@/lib/errors";
import { findAseanImportingCountry } from "@/lib/forms/form-d/countries";
import { createApplicationAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("exporterDashboard");
  return { title: t("title") };
}

function isErrorCode(value: string | undefined): value is ErrorCode {
  return (errorCodes as readonly string[]).includes(value ?? "");
}

/** List the exporter's applications, newest change first, with the button that starts a new one. */
export default async function ExporterDashboardPage({ searchParams }: { searchParams: Promise<{ error?: string }> }) {
  const actor = await requireActor("exporter");
  const { error } = await searchParams;
  const applications = await loadApplicationList(actor);
  const t = await getTranslations("exporterDashboard");
  const te = await getTranslations("errors");

  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-semibold text-slate-900">{t("title")}</h1>
        <form action={createApplicationAction}>
          <SubmitButton pendingLabel={t("creating")}>{t("newApplication")}</SubmitButton>
        </form>
      </div>

      {error && (
        <Alert tone="error" testId="dashboard-error">
          {isErrorCode(error) ? te(error) : te("UNEXPECTED", { id: "-" })}
        </Alert>
      )}

      {applications.length === 0 ? (
        <div className="card p-8 text-center text-slate-600">{t("empty")}</div>
      ) : (
        <>
          <ApplicationCards applications={applications} />
          <ApplicationTable applications={applications} />
        </>
      )}
    </div>
  );
}

/** Row data shared by the narrow-screen cards and the table. */
async function loadRowText() {
  const t = await getTranslations("exporterDashboard");
  const ts = await getTranslations("status");
  const locale = await getLocale();
  return {
    t,
    ts,
    locale,
    country: (application: ApplicationListItem) =>
      countryLabel(locale, application.importingCountry ? findAseanImportingCountry(application.importingCountry) : undefined),
    openLabel: (application: ApplicationListItem) =>
      application.status === "draft" || application.status === "returned" ? t("continue") : t("view"),
  };
}

function Actions({ application, openLabel, pdfLabel }: { application: ApplicationListItem; openLabel: string; pdfLabel: string }) {
  return (
    <>
      <Link href={`/exporter/applications/${application.id}`} className="link">
        {openLabel}
      </Link>
      {application.certificate && (
        <a href={`/api/certificates/${application.certificate.id}/pdf`} className="link" download>
          {pdfLabel}
        </a>
      )}
    </>
  );
}

async function ApplicationCards({ applications }: { applications: ApplicationListItem[] }) {
  const { t, ts, locale, country, openLabel } = await loadRowText();
  return (
    <ul className="space-y-3 sm:hidden" aria-label={t("title")}>
      {applications.map((application) => (
        <li key={application.id} className="card space-y-2 p-4 text-sm" data-testid={`application-card-${application.id}`}>
          <div className="flex items-start justify-between gap-3">
            <span className="font-medium text-slate-900">{application.consigneeName || t("untitled")}</span>
            <StatusBadge status={application.status} label={ts(application.status)} />
          </div>
          <p className="text-slate-600">
            {country(application)} · {formatInstant(application.updatedAt, locale)}
          </p>
          {application.certificate && <p className="font-mono text-xs">{application.certificate.referenceNumber}</p>}
          {application.status === "returned" && application.returnReason && (
            <p className="text-xs text-amber-900">
              <span className="font-semibold">{t("returnReason")}: </span>
              {application.returnReason}
            </p>
          )}
          <div className="flex flex-wrap gap-4 pt-1">
            <Actions application={application} openLabel={openLabel(application)} pdfLabel={t("downloadPdf")} />
          </div>
        </li>
      ))}
    </ul>
  );
}

async function ApplicationTable({ applications }: { applications: ApplicationListItem[] }) {
  const { t, ts, locale, country, openLabel } = await loadRowText();
  return (
    <DataTable
      className="card hidden overflow-x-auto sm:block"
      caption={t("title")}
      columns={[t("columns.consignee"), t("columns.importingCountry"), t("columns.status"), t("columns.reference"), t("columns.updated")]}
      actionsLabel={t("columns.actions")}
    >
      {applications.map((application) => (
        <tr key={application.id} data-testid={`application-row-${application.id}`} className="align-top">
          <td className="px-4 py-3">
            <span className="font-medium text-slate-900">{application.consigneeName || t("untitled")}</span>
            {application.status === "returned" && application.returnReason && (
              <p className="mt-1 max-w-xs text-xs text-amber-900">
                <span className="font-semibold">{t("returnReason")}: </span>
                {application.returnReason}
              </p>
            )}
          </td>
          <td className="px-4 py-3">{country(application)}</td>
          <td className="px-4 py-3">
            <StatusBadge status={application.status} label={ts(application.status)} />
          </td>
          <td className="px-4 py-3 font-mono text-xs">{application.certificate?.referenceNumber ?? "—"}</td>
          <td className="px-4 py-3 whitespace-nowrap text-slate-600">{formatInstant(application.updatedAt, locale)}</td>
          <td className="px-4 py-3">
            <div className="flex flex-wrap justify-end gap-3 whitespace-nowrap">
              <Actions application={application} openLabel={openLabel(application)} pdfLabel={t("downloadPdf")} />
            </div>
          </td>
        </tr>
      ))}
    </DataTable>
  );
}
