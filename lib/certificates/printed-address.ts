/**
 * Remove a country name that ends an address, so a box that prints the country on its own line
 * shows it once. "Road 13 South, Pakse, Lao PDR" with the names of Lao PDR gives
 * "Road 13 South, Pakse". Names match case-insensitively, with or without a final full stop, and
 * only after a comma or line break. An address that is nothing but the country is returned as given.
 */
export function addressWithoutCountry(address: string, countryNames: readonly string[]): string {
  const names = countryNames.filter((name) => name.trim() !== "").map(escapeRegExp);
  if (names.length === 0) return address;

  const trailingCountry = new RegExp(`[,\\n]\\s*(?:${names.join("|")})\\.?\\s*$`, "iu");
  const trimmed = address.trimEnd();
  const shortened = trimmed.replace(trailingCountry, "").trimEnd();
  return shortened === "" ? address : shortened;
}

/** English names under which exporters write Laos at the end of an address. */
export const laoCountryNames = ["Lao PDR", "Lao P.D.R", "Laos", "Lao People's Democratic Republic", "Lao People’s Democratic Republic"] as const;

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
