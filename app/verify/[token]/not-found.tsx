import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { VerifyHeader } from "@/components/verify/VerifyHeader";
import { verificationDefaultLocale } from "@/i18n/config";

/**
 * Render the 404 page for unknown and malformed tokens alike, without a reason. The message is in
 * both languages because a not-found page cannot read the ?lang parameter. The header and the box
 * for another verification link are in the verification pages' default language, with Lao labels
 * beside the English ones.
 */
export default async function CertificateNotFound() {
  const english = await getTranslations({ locale: "en", namespace: "verify" });
  const lao = await getTranslations({ locale: "lo", namespace: "verify" });

  return (
    <div lang={verificationDefaultLocale} className="flex min-h-screen flex-col">
      <VerifyHeader locale={verificationDefaultLocale} />

      <main id="main" className="mx-auto w-full max-w-3xl flex-1 space-y-6 px-4 py-8" data-testid="verify-not-found">
        <section className="rounded-lg border-2 border-slate-300 bg-slate-50 p-4 space-y-4">
          <div lang="en">
            <h1 className="text-xl font-semibold text-slate-900">{english("notFoundTitle")}</h1>
            <p className="mt-1 text-sm text-slate-700">{english("notFoundBody")}</p>
          </div>
          <div lang="lo">
            <h2 className="text-xl font-semibold text-slate-900">{lao("notFoundTitle")}</h2>
            <p className="mt-1 text-sm text-slate-700">{lao("notFoundBody")}</p>
          </div>
        </section>

        <section className="card space-y-3 p-4" aria-labelledby="try-another-heading">
          <h2 id="try-another-heading" className="text-lg font-semibold text-slate-900">
            {english("tryAnotherTitle")} <span className="font-normal text-slate-600">·</span>{" "}
            <span lang="lo">{lao("tryAnotherTitle")}</span>
          </h2>
          <form action="/verify" method="get" className="space-y-3">
            <div>
              <label htmlFor="verify-code" className="label">
                {english("linkLabel")} · <span lang="lo">{lao("linkLabel")}</span>
              </label>
              <input
                id="verify-code"
                name="code"
                type="text"
                required
                autoComplete="off"
                spellCheck={false}
                aria-describedby="verify-code-hint"
                className="input font-mono"
              />
              <p id="verify-code-hint" className="mt-1 text-xs text-slate-600">
                {english("linkHint")} <span lang="lo">{lao("linkHint")}</span>
              </p>
            </div>
            <button type="submit" className="btn-secondary">
              {english("verifyButton")} · <span lang="lo">{lao("verifyButton")}</span>
            </button>
          </form>
        </section>

        <p>
          <Link href="/" className="link">
            ← {english("homeLink")} · <span lang="lo">{lao("homeLink")}</span>
          </Link>
        </p>
      </main>
    </div>
  );
}
