"use server";

import { cookies } from "next/headers";
import { signOut } from "@/auth";
import { isLocale, localeCookieName } from "@/i18n/config";

const oneYearInSeconds = 365 * 24 * 60 * 60;

/** Store the chosen interface language in the ECO_LOCALE cookie. */
export async function setLocaleAction(locale: string): Promise<void> {
  if (!isLocale(locale)) return;
  (await cookies()).set(localeCookieName, locale, {
    path: "/",
    maxAge: oneYearInSeconds,
    sameSite: "lax",
    httpOnly: false,
  });
}

export async function signOutAction(): Promise<void> {
  await signOut({ redirectTo: "/sign-in" });
}
