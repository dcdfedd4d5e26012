"use client";

import { useLocale, useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useTransition } from "react";
import { setLocaleAction } from "@/app/actions";
import { locales } from "@/i18n/config";

/** Two buttons, ລາວ / English, that store the choice in a cookie and re-render the page in place. */
export function LanguageSwitch() {
  const t = useTranslations("common");
  const current = useLocale();
  const router = useRouter();
  const [pending, startTransition] = useTransition();

  function choose(locale: string) {
    startTransition(async () => {
      await setLocaleAction(locale);
      router.refresh();
    });
  }

  return (
    <div role="group" aria-label={t("language")} aria-busy={pending} className="inline-flex overflow-hidden rounded-md border border-white/40 text-sm">
      {locales.map((locale) => (
        <button
          key={locale}
          type="button"
          lang={locale}
          aria-pressed={locale === current}
          disabled={pending}
          onClick={() => choose(locale)}
          className="px-2.5 py-1 font-medium text-white hover:bg-white/10 aria-pressed:bg-white aria-pressed:text-brand-900"
        >
          {t(`languageName.${locale}`)}
        </button>
      ))}
    </div>
  );
}
