/** Interface languages. Lao is the default for signed-in screens; the public verification page defaults to English. */
export const locales = ["lo", "en"] as const;
export type Locale = (typeof locales)[number];

export const defaultLocale: Locale = "lo";
export const verificationDefaultLocale: Locale = "en";

/** Cookie that stores the chosen interface language. */
export const localeCookieName = "ECO_LOCALE";

export function isLocale(value: unknown): value is Locale {
  return typeof value === "string" && (locales as readonly string[]).includes(value);
}
