"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useEffect, useId, useRef, useState, useTransition } from "react";
import { approveAndIssueAction, returnApplicationAction } from "@/app/(officer)/officer/actions";
import type { ActionResult } from "@/app/_server/action-result";
import { FieldError } from "@/components/forms/FieldError";
import { ActionFailure } from "@/components/ui/ActionFailure";
import { Alert } from "@/components/ui/Alert";
import { SubmitButton } from "@/components/ui/SubmitButton";

type Failure = Extract<ActionResult, { ok: false }>;

/**
 * Offer the officer's two decisions on a submitted application. Approving cannot be undone, so the
 * first click only asks for confirmation. Issuing renders, signs and stores the certificate, which
 * takes a few seconds, so the button shows progress until the refreshed page shows the reference
 * number and the PDF link. Returning needs a reason, which is shown to the exporter.
 */
export function OfficerDecision({ applicationId, reasonMaxLength }: { applicationId: string; reasonMaxLength: number }) {
  const t = useTranslations("officerReview");
  const router = useRouter();
  const reasonId = useId();
  const [approving, startApprove] = useTransition();
  const [returning, startReturn] = useTransition();
  const [failure, setFailure] = useState<Failure | null>(null);
  const [reason, setReason] = useState("");
  const [reasonError, setReasonError] = useState<string | undefined>();
  const [confirming, setConfirming] = useState(false);
  const confirmHeadingRef = useRef<HTMLHeadingElement>(null);
  const approveButtonRef = useRef<HTMLButtonElement>(null);
  const busy = approving || returning;

  // Keyboard and screen-reader users land on the question when it appears.
  useEffect(() => {
    if (confirming) confirmHeadingRef.current?.focus();
  }, [confirming]);

  function cancelConfirmation() {
    setConfirming(false);
    // The approve button is rendered again by then, so focus returns to it.
    requestAnimationFrame(() => approveButtonRef.current?.focus());
  }

  return (
    <section className="card space-y-6 p-5 sm:p-6" aria-labelledby="decision-heading">
      <h2 id="decision-heading" className="text-lg font-semibold text-slate-900">
        {t("decisionTitle")}
      </h2>
      <ActionFailure failure={failure} testId="decision-error" />

      <form
        onSubmit={(event) => {
          event.preventDefault();
          setFailure(null);
          startApprove(async () => {
            const result = await approveAndIssueAction(applicationId);
            if (!result.ok) {
              setFailure(result);
              return;
            }
            // The refreshed page shows the issued certificate in place of these buttons.
            router.refresh();
          });
        }}
        className="rounded-lg border border-green-200 bg-green-50/50 p-4"
      >
        <p className="mb-3 text-sm text-slate-700">{t("approveHint")}</p>
        {confirming ? (
          <div role="group" aria-labelledby="confirm-issue-heading" aria-describedby="confirm-issue-body" className="space-y-3" data-testid="confirm-issue">
            <h3 id="confirm-issue-heading" ref={confirmHeadingRef} tabIndex={-1} className="font-semibold text-slate-900 outline-none">
              {t("confirmTitle")}
            </h3>
            <p id="confirm-issue-body" className="text-sm text-slate-800">
              {t("confirmBody")}
            </p>
            <div className="flex flex-wrap gap-3">
              <SubmitButton pending={approving} disabled={busy} pendingLabel={t("approving")}>
                {t("confirmIssue")}
              </SubmitButton>
              <button type="button" className="btn-secondary" disabled={busy} onClick={cancelConfirmation}>
                {t("cancel")}
              </button>
            </div>
          </div>
        ) : (
          <button ref={approveButtonRef} type="button" className="btn-primary" disabled={busy} onClick={() => setConfirming(true)}>
            {t("approve")}
          </button>
        )}
      </form>

      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          setFailure(null);
          if (reason.trim() === "") {
            setReasonError("required");
            return;
          }
          setReasonError(undefined);
          startReturn(async () => {
            const result = await returnApplicationAction(applicationId, reason);
            if (!result.ok) {
              const reasonIssue = result.issues.find((issue) => issue.path === "reason");
              setReasonError(reasonIssue?.code);
              setFailure(result);
              return;
            }
            router.refresh();
          });
        }}
        className="rounded-lg border border-amber-200 bg-amber-50/50 p-4"
      >
        <label htmlFor={reasonId} className="label">
          {t("returnReason")}
          <span aria-hidden="true" className="ml-0.5 text-red-700">
            *
          </span>
        </label>
        <textarea
          id={reasonId}
          name="reason"
          rows={4}
          maxLength={reasonMaxLength}
          value={reason}
          onChange={(event) => setReason(event.target.value)}
          aria-required
          aria-invalid={reasonError ? true : undefined}
          aria-describedby={reasonError ? "field-reason-error" : `${reasonId}-hint`}
          className="input"
        />
        <p id={`${reasonId}-hint`} className="mt-1 text-xs text-slate-600">
          {t("returnReasonHint")}
        </p>
        <FieldError name="reason" messageKey={reasonError} params={{ max: reasonMaxLength }} />
        <div className="mt-3">
          <SubmitButton variant="secondary" pending={returning} disabled={busy} pendingLabel={t("returning")}>
            {t("returnForAmendment")}
          </SubmitButton>
        </div>
      </form>
    </section>
  );
}
