import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import type { ApplicationListItem } from "@/components/application/view";
import { formatInstant } from "@/components/format";
import { codeLabel, countryLabel } from "@/components/localized";
import { DataTable } from "@/components/ui/DataTable";
import { findAseanImportingCountry } from "@/lib/forms/form-d/countries";

/**
 * Table of an office's issued or returned applications with the decision time, and for issued ones
 * the reference number and the PDF link, for returned ones the reason.
 */
export async function DecidedApplicationsTable({
  status,
  applications,
  caption,
}: {
  status: "issued" | "returned";
  applications: ApplicationListItem[];
  caption: string;
}) {
  const t = await getTranslations("officerQueue");
  const locale = await getLocale();
  const issued = status === "issued";
  const columns = issued
    ? [t("decidedColumns.issued"), t("decidedColumns.referenceNumber"), t("columns.exporter"), t("columns.consignee"), t("columns.importingCountry")]
    : [t("decidedColumns.returned"), t("columns.exporter"), t("columns.consignee"), t("columns.importingCountry"), t("decidedColumns.returnReason")];

  return (
    <DataTable className="card overflow-x-auto" caption={caption} columns={columns} actionsLabel={t("columns.actions")}>
      {applications.map((application) => {
        const country = application.importingCountry ? findAseanImportingCountry(application.importingCountry) : undefined;
        return (
          <tr key={application.id} data-testid={`${status}-row-${application.id}`}>
            <td className="px-4 py-3 whitespace-nowrap">{formatInstant(application.statusChangedAt, locale)}</td>
            {issued && (
              <td className="px-4 py-3 font-mono whitespace-nowrap text-slate-900">{application.certificate?.referenceNumber ?? "—"}</td>
            )}
            <td className="px-4 py-3 font-medium text-slate-900">{codeLabel(locale, application.exporterName, "—")}</td>
            <td className="px-4 py-3">{application.consigneeName}</td>
            <td className="px-4 py-3">{countryLabel(locale, country)}</td>
            {!issued && (
              <td className="max-w-xs px-4 py-3">
                <span className="line-clamp-2 whitespace-pre-line">{application.returnReason}</span>
              </td>
            )}
            <td className="px-4 py-3 text-right whitespace-nowrap">
              <Link href={`/officer/applications/${application.id}`} className="link">
                {t("open")}
              </Link>
              {application.certificate && (
                <a href={`/api/certificates/${application.certificate.id}/pdf`} className="link ml-4" download>
                  {t("downloadPdf")}
                  <span className="sr-only"> {application.certificate.referenceNumber}</span>
                </a>
              )}
            </td>
          </tr>
        );
      })}
    </DataTable>
  );
}
