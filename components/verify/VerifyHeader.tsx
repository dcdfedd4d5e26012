import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { Locale } from "@/i18n/config";

/**
 * Title bar of the public verification pages. Its language comes from the page (English by
 * default), not from the language cookie. `switchHref` adds the link to the same page in the other
 * language.
 */
export async function VerifyHeader({ locale, switchHref }: { locale: Locale; switchHref?: string }) {
  const t = await getTranslations({ locale, namespace: "verify" });
  const otherLocale: Locale = locale === "en" ? "lo" : "en";

  return (
    <header className="bg-brand-900 text-white" lang={locale}>
      <div className="h-1 bg-flag-red" aria-hidden="true" />
      <div className="mx-auto flex max-w-3xl items-center justify-between gap-3 px-4 py-3">
        <div className="min-w-0">
          <p className="text-base leading-tight font-semibold">{t("title")}</p>
          <p className="text-xs leading-tight text-white/75">{t("ministry")}</p>
        </div>
        {switchHref && (
          <Link
            href={switchHref}
            lang={otherLocale}
            hrefLang={otherLocale}
            className="shrink-0 rounded-md border border-white/40 px-2.5 py-1 text-sm font-medium hover:bg-white/10"
          >
            {t("otherLanguage")}
          </Link>
        )}
      </div>
    </header>
  );
}
