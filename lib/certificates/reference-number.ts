/**
 * Certificate reference numbers in the Lao format `LA-{importing country} {YY}/{office code}/{serial}`,
 * e.g. "LA-TH 27/VTE/00001": modelled on Viet Nam's Form D numbers, unique per issuing office and
 * Lao calendar year as ATIGA requires. The serial has at least five digits.
 */
export function formatReferenceNumber(parts: { importingCountry: string; year: number; officeCode: string; serial: number }): string {
  const yy = String(parts.year % 100).padStart(2, "0");
  const serial = String(parts.serial).padStart(5, "0");
  return `LA-${parts.importingCountry} ${yy}/${parts.officeCode}/${serial}`;
}
