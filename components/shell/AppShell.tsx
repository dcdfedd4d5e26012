import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { signOutAction } from "@/app/actions";
import type { Role } from "@/lib/auth/actor";
import { SubmitButton } from "@/components/ui/SubmitButton";
import { LanguageSwitch } from "./LanguageSwitch";
import { NavLink } from "./NavLink";

export type NavItem = { href: string; label: string; exact?: boolean; activeUnder?: readonly string[] };

/** Page frame of the signed-in areas: title bar, user, language switch, sign-out and navigation. */
export async function AppShell({
  user,
  homeHref,
  nav,
  children,
}: {
  user: { name: string; role: Role };
  homeHref: string;
  nav: NavItem[];
  children: ReactNode;
}) {
  const t = await getTranslations("common");

  return (
    <div className="flex min-h-screen flex-col">
      <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:top-2 focus:left-2 focus:z-50 focus:rounded focus:bg-white focus:px-3 focus:py-2">
        {t("skipToContent")}
      </a>
      <header className="bg-brand-900 text-white">
        <div className="h-1 bg-flag-red" aria-hidden="true" />
        <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-3 px-4 py-3">
          <Link href={homeHref} className="min-w-0">
            <span className="block text-base leading-tight font-semibold sm:text-lg">{t("appName")}</span>
            <span className="block text-xs leading-tight text-white/75">{t("ministry")}</span>
          </Link>
          <div className="flex flex-wrap items-center gap-3">
            <p className="text-sm leading-tight" data-testid="signed-in-user">
              <span className="block font-medium">{user.name}</span>
              <span className="block text-xs text-white/75">{t(`roles.${user.role}`)}</span>
            </p>
            <LanguageSwitch />
            <form action={signOutAction}>
              <SubmitButton variant="secondary" pendingLabel={t("signingOut")} className="px-3 py-1">
                {t("signOut")}
              </SubmitButton>
            </form>
          </div>
        </div>
      </header>
      <nav aria-label={t("mainNavigation")} className="border-b border-slate-200 bg-white">
        <div className="mx-auto flex max-w-6xl gap-5 overflow-x-auto px-4">
          {nav.map((item) => (
            <NavLink key={item.href} href={item.href} exact={item.exact} activeUnder={item.activeUnder}>
              {item.label}
            </NavLink>
          ))}
        </div>
      </nav>
      <main id="main" className="mx-auto w-full max-w-6xl flex-1 px-4 py-6">
        {children}
      </main>
      <footer className="border-t border-slate-200 bg-white py-4 text-center text-xs text-slate-500">
        {t("footer")}
      </footer>
    </div>
  );
}
