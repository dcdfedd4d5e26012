"use client";

import { useTranslations } from "next-intl";

/**
 * Fallback for errors thrown while rendering a page. Next logs the error on the server with the
 * same digest, so the digest shown here lets support find it.
 */
export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const t = useTranslations("errors");
  return (
    <main className="mx-auto max-w-xl px-4 py-16 text-center">
      <h1 className="text-2xl font-semibold">{t("pageFailed")}</h1>
      <p className="mt-2 text-slate-700" data-testid="page-error">
        {t("UNEXPECTED", { id: error.digest ?? "-" })}
      </p>
      <p className="mt-6">
        <button type="button" className="btn-primary" onClick={reset}>
          {t("retry")}
        </button>
      </p>
    </main>
  );
}
