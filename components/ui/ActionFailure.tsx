"use client";

import { useTranslations } from "next-intl";
import type { ActionResult } from "@/app/_server/action-result";
import { Alert } from "./Alert";

type Failure = Extract<ActionResult, { ok: false }>;

/** Alert for a failed server action: the error code in words, with the log id of unexpected errors. */
export function ActionFailure({ failure, testId = "action-error" }: { failure: Failure | null; testId?: string }) {
  const t = useTranslations("errors");
  if (!failure) return null;

  const text = failure.code === "UNEXPECTED" ? t("UNEXPECTED", { id: failure.errorId ?? "-" }) : t(failure.code);
  return (
    <Alert tone="error" testId={testId}>
      {text}
    </Alert>
  );
}
