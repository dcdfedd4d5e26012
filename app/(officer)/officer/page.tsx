import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { requireActor } from "@/app/_server/actor";
import { loadApplicationList } from "@/app/_server/applications";
import { formatInstant } from "@/components/format";
import { codeLabel, countryLabel } from "@/components/localized";
import { DataTable } from "@/components/ui/DataTable";
import { findAseanImportingCountry } from "@/lib/forms/form-d/countries";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("officerQueue");
  return { title: t("title") };
}

/** Submitted applications of the officer's office, oldest first. */
export default async function OfficerQueuePage() {
  const actor = await requireActor("officer");
  const applications = (await loadApplicationList(actor, { status: "submitted" })).sort(
    (left, right) => (left.submittedAt?.getTime() ?? 0) - (right.submittedAt?.getTime() ?? 0),
  );
  const t = await getTranslations("officerQueue");
  const locale = await getLocale();

  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-semibold text-slate-900">{t("title")}</h1>
        <p className="mt-1 text-sm text-slate-600">{t("intro")}</p>
      </div>

      {applications.length === 0 ? (
        <div className="card p-8 text-center text-slate-600" data-testid="queue-empty">
          {t("empty")}
        </div>
      ) : (
        <DataTable
          className="card overflow-x-auto"
          caption={t("title")}
          columns={[t("columns.submitted"), t("columns.exporter"), t("columns.consignee"), t("columns.importingCountry"), t("columns.items")]}
          actionsLabel={t("columns.actions")}
        >
          {applications.map((application) => {
            const country = application.importingCountry ? findAseanImportingCountry(application.importingCountry) : undefined;
            return (
              <tr key={application.id} data-testid={`queue-row-${application.id}`}>
                <td className="px-4 py-3 whitespace-nowrap">{formatInstant(application.submittedAt, locale)}</td>
                <td className="px-4 py-3 font-medium text-slate-900">
                  {codeLabel(locale, application.exporterName ?? undefined, "—")}
                </td>
                <td className="px-4 py-3">{application.consigneeName}</td>
                <td className="px-4 py-3">{countryLabel(locale, country)}</td>
                <td className="px-4 py-3">{application.itemCount}</td>
                <td className="px-4 py-3 text-right">
                  <Link href={`/officer/applications/${application.id}`} className="link whitespace-nowrap">
                    {t("review")}
                  </Link>
                </td>
              </tr>
            );
          })}
        </DataTable>
      )}
    </div>
  );
}
