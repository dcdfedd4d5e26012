import type { Metadata } from "next";
import { cache } from "react";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { requireActor } from "@/app/_server/actor";
import { loadApplication } from "@/app/_server/applications";
import { ApplicationDetails } from "@/components/application/ApplicationDetails";
import { ApplicationHeader } from "@/components/application/ApplicationHeader";
import type { ApplicationStatus } from "@/components/application/view";
import { StatusHistory } from "@/components/application/StatusHistory";
import { formatCalendarDate, formatInstant } from "@/components/format";
import { OfficerDecision } from "@/components/officer/OfficerDecision";
import { officerListHref, officerListStatusOf } from "@/components/officer/StatusTabs";
import { Alert } from "@/components/ui/Alert";
import { RETURN_REASON_MAX_LENGTH } from "@/lib/applications/return-application";

type Props = { params: Promise<{ id: string }> };

/** Load the application once per request for both the metadata and the page. */
const loadForOfficer = cache(async (applicationId: string) => loadApplication(await requireActor("officer"), applicationId));

/** Heading of the page. Once the application is decided, it names the decision. */
const titleKeys = {
  draft: "title",
  submitted: "title",
  issued: "issuedTitle",
  returned: "returnedPageTitle",
} as const satisfies Record<ApplicationStatus, string>;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const application = await loadForOfficer((await params).id);
  const t = await getTranslations("officerReview");
  return { title: t(application ? titleKeys[application.status] : "title") };
}

/** An officer's review of one application of their office: every field, then approve or return. */
export default async function OfficerReviewPage({ params }: Props) {
  const application = await loadForOfficer((await params).id);
  if (!application) notFound();

  const t = await getTranslations("officerReview");
  const tabs = await getTranslations("officerQueue.tabs");
  const locale = await getLocale();
  // Back to the list that shows the application now: the queue, or the issued or returned ones.
  const listStatus = officerListStatusOf(application.status);
  const backLabel = listStatus === "submitted" ? t("backToQueue") : tabs(listStatus);

  return (
    <div className="space-y-6">
      <ApplicationHeader backHref={officerListHref(listStatus)} backLabel={backLabel} title={t(titleKeys[application.status])} status={application.status} />
      {application.submittedAt && (
        <p className="text-sm text-slate-600">
          {t("submittedAt")}: {formatInstant(application.submittedAt, locale)}
        </p>
      )}

      {application.certificate && (
        <p className="text-sm text-slate-700">
          {t("referenceNumber")}: <span className="font-mono font-semibold">{application.certificate.referenceNumber}</span>
        </p>
      )}

      <StatusHistory entries={application.statusHistory} />

      <ApplicationDetails application={application} />

      {/* The decision buttons and, once decided, its outcome share this place at the end of the page. */}
      {application.status === "issued" && application.certificate && (
        <Alert tone="success" testId="issue-result">
          <p>
            {t("referenceNumber")}:{" "}
            <span className="font-mono text-base font-semibold" data-testid="issued-reference">
              {application.certificate.referenceNumber}
            </span>{" "}
            · {formatCalendarDate(application.certificate.issueDate, locale)}
          </p>
          <p className="mt-2 flex flex-wrap gap-4">
            <a href={`/api/certificates/${application.certificate.id}/pdf`} className="link" download>
              {t("downloadPdf")}
            </a>
            <a href={`/verify/${application.certificate.verificationToken}`} className="link" target="_blank" rel="noopener">
              {t("verificationPage")}
            </a>
          </p>
        </Alert>
      )}
      {application.status === "returned" && (
        <Alert tone="warning" title={t("returnedTitle")} testId="return-result">
          <p className="whitespace-pre-line">{application.returnReason}</p>
        </Alert>
      )}
      {application.status === "submitted" && <OfficerDecision applicationId={application.id} reasonMaxLength={RETURN_REASON_MAX_LENGTH} />}
    </div>
  );
}
