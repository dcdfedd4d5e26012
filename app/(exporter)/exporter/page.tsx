import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { requireActor } from "@/app/_server/actor";
import { loadApplicationList } from "@/app/_server/applications";
import { formatInstant } from "@/components/format";
import { countryLabel } from "@/components/localized";
import { Alert } from "@/components/ui/Alert";
import { StatusBadge } from "@/components/ui/StatusBadge";
import { SubmitButton } from "@/components/ui/SubmitButton";
import { findAseanImportingCountry } from "@/lib/forms/form-d/countries";
import { createApplicationAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("exporterDashboard");
  return { title: t("title") };
}

export default async function ExporterDashboardPage({ searchParams }: { searchParams: Promise<{ error?: string }> }) {
  const actor = await requireActor("exporter");
  const { error } = await searchParams;
  const applications = await loadApplicationList(actor);
  const t = await getTranslations("exporterDashboard");
  const ts = await getTranslations("status");
  const te = await getTranslations("errors");
  const locale = await getLocale();

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
          {error === "UNEXPECTED" ? te("UNEXPECTED", { id: "-" }) : te.has(error as never) ? te(error as never) : te("UNEXPECTED", { id: "-" })}
        </Alert>
      )}

      {applications.length === 0 ? (
        <div className="card p-8 text-center text-slate-600">{t("empty")}</div>
      ) : (
        <div className="card overflow-x-auto">
          <table className="w-full min-w-[40rem] text-left text-sm">
            <caption className="sr-only">{t("title")}</caption>
            <thead className="bg-slate-50 text-xs tracking-wide text-slate-600 uppercase">
              <tr>
                <th scope="col" className="px-4 py-3">{t("columns.consignee")}</th>
                <th scope="col" className="px-4 py-3">{t("columns.importingCountry")}</th>
                <th scope="col" className="px-4 py-3">{t("columns.status")}</th>
                <th scope="col" className="px-4 py-3">{t("columns.reference")}</th>
                <th scope="col" className="px-4 py-3">{t("columns.updated")}</th>
                <th scope="col" className="px-4 py-3">
                  <span className="sr-only">{t("columns.actions")}</span>
                </th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-200">
              {applications.map((application) => {
                const country = application.importingCountry ? findAseanImportingCountry(application.importingCountry) : undefined;
                const editable = application.status === "draft" || application.status === "returned";
                return (
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
                    <td className="px-4 py-3">{countryLabel(locale, country)}</td>
                    <td className="px-4 py-3">
                      <StatusBadge status={application.status} label={ts(application.status)} />
                    </td>
                    <td className="px-4 py-3 font-mono text-xs">{application.certificate?.referenceNumber ?? "—"}</td>
                    <td className="px-4 py-3 whitespace-nowrap text-slate-600">{formatInstant(application.updatedAt, locale)}</td>
                    <td className="px-4 py-3">
                      <div className="flex flex-wrap justify-end gap-3 whitespace-nowrap">
                        <Link href={`/exporter/applications/${application.id}`} className="link">
                          {editable ? t("continue") : t("view")}
                        </Link>
                        {application.certificate && (
                          <a href={`/api/certificates/${application.certificate.id}/pdf`} className="link" download>
                            {t("downloadPdf")}
                          </a>
                        )}
                      </div>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
