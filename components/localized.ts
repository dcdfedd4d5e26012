/** Pick the Lao or English form of a name, for code lists and records that store both. */
export function pickByLocale(locale: string, english: string, lao: string): string {
  return locale === "lo" ? lao : english;
}

/** Name of a code-list entry ({ en, lo }) in the interface language, or the fallback when there is no entry. */
export function codeLabel(locale: string, entry: { en: string; lo: string } | undefined, fallback: string | null = ""): string {
  if (!entry) return fallback ?? "";
  return pickByLocale(locale, entry.en, entry.lo);
}

/** Name of a country with nameEn and nameLo in the interface language, or the fallback when unknown. */
export function countryLabel(locale: string, country: { nameEn: string; nameLo: string } | undefined, fallback = "—"): string {
  if (!country) return fallback;
  return pickByLocale(locale, country.nameEn, country.nameLo);
}
