import type { Metadata } from "next";
import { notFound, redirect } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { requireActor } from "@/app/_server/actor";
import { loadApplication, resumeStep } from "@/app/_server/applications";
import { ApplicationDetails } from "@/components/application/ApplicationDetails";
import { ApplicationHeader } from "@/components/application/ApplicationHeader";
import { StatusHistory } from "@/components/application/StatusHistory";
import { formatCalendarDate, formatInstant } from "@/components/format";
import { Alert } from "@/components/ui/Alert";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("applicationPage");
  return { title: t("title") };
}

/**
 * Show an exporter's application read-only, with its certificate once issued. Drafts and returned
 * applications are sent to the wizard step where the exporter left off.
 */
export default async function ExporterApplicationPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ submitted?: string }>;
}) {
  const actor = await requireActor("exporter");
  const { id } = await params;
  const { submitted } = await searchParams;
  const application = await loadApplication(actor, id);
  if (!application) notFound();

  if (application.status === "draft" || application.status === "returned") {
    redirect(`/exporter/applications/${id}/${resumeStep(application)}`);
  }

  const t = await getTranslations("applicationPage");
  const locale = await getLocale();

  return (
    <div className="space-y-6">
      <ApplicationHeader backHref="/exporter" backLabel={t("backToList")} title={t("title")} status={application.status} />

      {submitted && application.status === "submitted" && (
        <Alert tone="success" testId="submitted-notice" title={t("submittedTitle")}>
          {t("submittedBody")}
        </Alert>
      )}

      {application.certificate ? (
        <section className="card flex flex-wrap items-center justify-between gap-4 p-5" data-testid="certificate-summary">
          <div>
            <p className="text-sm text-slate-600">{t("referenceNumber")}</p>
            <p className="font-mono text-lg font-semibold text-slate-900" data-testid="reference-number">
              {application.certificate.referenceNumber}
            </p>
            <p className="text-sm text-slate-600">
              {t("issueDate")}: {formatCalendarDate(application.certificate.issueDate, locale)}
            </p>
          </div>
          <div className="flex flex-wrap gap-3">
            <a href={`/api/certificates/${application.certificate.id}/pdf`} className="btn-primary" download>
              {t("downloadPdf")}
            </a>
            <a href={`/verify/${application.certificate.verificationToken}`} className="btn-secondary" target="_blank" rel="noopener">
              {t("verificationPage")}
            </a>
          </div>
        </section>
      ) : (
        application.submittedAt && (
          <p className="text-sm text-slate-600">
            {t("submittedAt")}: {formatInstant(application.submittedAt, locale)}
          </p>
        )
      )}

      <StatusHistory entries={application.statusHistory} />

      <ApplicationDetails application={application} />
    </div>
  );
}
