import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { requireActor } from "@/app/_server/actor";
import { loadApplicationList } from "@/app/_server/applications";
import { formatInstant } from "@/components/format";
import { codeLabel, countryLabel } from "@/components/localized";
import { DecidedApplicationsTable } from "@/components/officer/DecidedApplicationsTable";
import { officerListStatusOf, StatusTabs, type OfficerListStatus } from "@/components/officer/StatusTabs";
import { DataTable } from "@/components/ui/DataTable";
import { findAseanImportingCountry } from "@/lib/forms/form-d/countries";

type Props = { searchParams: Promise<{ status?: string }> };

const textKeys = {
  submitted: { title: "title", intro: "intro", empty: "empty" },
  issued: { title: "issuedTitle", intro: "issuedIntro", empty: "issuedEmpty" },
  returned: { title: "returnedTitle", intro: "returnedIntro", empty: "returnedEmpty" },
} as const satisfies Record<OfficerListStatus, { title: string; intro: string; empty: string }>;

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const status = officerListStatusOf((await searchParams).status);
  const t = await getTranslations("officerQueue");
  return { title: t(textKeys[status].title) };
}

/**
 * List the applications of the officer's office in one status: the submitted ones oldest first (the
 * queue), and the issued and returned ones with the newest decision first.
 */
export default async function OfficerApplicationsPage({ searchParams }: Props) {
  const actor = await requireActor("officer");
  const status = officerListStatusOf((await searchParams).status);
  const applications = await loadApplicationList(actor, { status });
  const t = await getTranslations("officerQueue");
  const keys = textKeys[status];

  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-semibold text-slate-900">{t(keys.title)}</h1>
        <p className="mt-1 text-sm text-slate-600">{t(keys.intro)}</p>
      </div>

      <StatusTabs current={status} />

      {applications.length === 0 ? (
        <div className="card p-8 text-center text-slate-600" data-testid={status === "submitted" ? "queue-empty" : `${status}-empty`}>
          {t(keys.empty)}
        </div>
      ) : status === "submitted" ? (
        <QueueTable applications={applications} />
      ) : (
        <DecidedApplicationsTable status={status} applications={applications} caption={t(keys.title)} />
      )}
    </div>
  );
}

async function QueueTable({ applications }: { applications: Awaited<ReturnType<typeof loadApplicationList>> }) {
  const t = await getTranslations("officerQueue");
  const locale = await getLocale();

  return (
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
            <td className="px-4 py-3 font-medium text-slate-900">{codeLabel(locale, application.exporterName ?? undefined, "—")}</td>
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
  );
}
