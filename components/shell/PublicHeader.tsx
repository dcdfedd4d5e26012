import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { LanguageSwitch } from "./LanguageSwitch";

/** Title bar of the public pages (landing, sign-in) with the cookie-based language switch. */
export async function PublicHeader() {
  const t = await getTranslations("common");
  return (
    <header className="bg-brand-900 text-white">
      <div className="h-1 bg-flag-red" aria-hidden="true" />
      <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-3 px-4 py-3">
        <Link href="/" className="min-w-0">
          <span className="block text-base leading-tight font-semibold sm:text-lg">{t("appName")}</span>
          <span className="block text-xs leading-tight text-white/75">{t("ministry")}</span>
        </Link>
        <LanguageSwitch />
      </div>
    </header>
  );
}
