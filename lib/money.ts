/**
 * Decimal amounts as strings. Input may carry thousands separators ("1,234.56"); the normalised
 * form has no separators and keeps the decimals typed ("1234.10" stays "1234.10").
 */
export type ParsedDecimal =
  | { ok: true; value: string }
  | { ok: false; reason: "required" | "invalidNumber" | "tooManyDecimals" | "negative" | "tooLarge" };

const groupedPattern = /^\d{1,3}(,\d{3})+(\.\d+)?$/;
const plainPattern = /^\d+(\.\d+)?$/;

/** Parse a non-negative decimal with at most `maxDecimals` decimals and `maxIntegerDigits` digits before the point. */
export function parseDecimal(input: string, maxDecimals: number, maxIntegerDigits = 16): ParsedDecimal {
  const trimmed = input.trim();
  if (trimmed === "") return { ok: false, reason: "required" };
  if (trimmed.startsWith("-")) return { ok: false, reason: "negative" };
  if (!groupedPattern.test(trimmed) && !plainPattern.test(trimmed)) {
    return { ok: false, reason: "invalidNumber" };
  }

  const normalised = trimmed.replace(/,/g, "");
  const [integerPart, fractionPart = ""] = normalised.split(".");
  if (fractionPart.length > maxDecimals) return { ok: false, reason: "tooManyDecimals" };

  const integerDigits = integerPart.replace(/^0+(?=\d)/, "");
  if (integerDigits.length > maxIntegerDigits) return { ok: false, reason: "tooLarge" };
  return { ok: true, value: fractionPart ? `${integerDigits}.${fractionPart}` : integerDigits };
}

/** Format a decimal string with thousands separators, keeping its decimals: "1234.10" gives "1,234.10". */
export function formatDecimal(value: string): string {
  const negative = value.startsWith("-");
  const [integerPart, fractionPart] = (negative ? value.slice(1) : value).split(".");
  const grouped = integerPart.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  return `${negative ? "-" : ""}${grouped}${fractionPart !== undefined ? `.${fractionPart}` : ""}`;
}

/** Drop trailing zeros of the fraction, for quantities read from a fixed-scale numeric column: "1050.500" gives "1050.5". */
export function trimFractionZeros(value: string): string {
  if (!value.includes(".")) return value;
  return value.replace(/0+$/, "").replace(/\.$/, "");
}
