import Decimal from "decimal.js";

/**
 * Limits on decimal inputs. With at most 20 + 20 digits per value, sums, products with 100 or a
 * threshold, and the 10^20 scaling used for rounded division stay far below 200 significant
 * digits, so every operation in this module is exact.
 */
export const MAX_INTEGER_DIGITS = 20;
export const MAX_FRACTION_DIGITS = 20;

/** Decimal constructor private to the origin engine, so global Decimal settings cannot change it. */
export const OriginDecimal = Decimal.clone({
  precision: 200,
  rounding: Decimal.ROUND_HALF_UP,
  toExpNeg: -1000,
  toExpPos: 1000,
});

export type Dec = Decimal;

export const ZERO = new OriginDecimal(0);
export const HUNDRED = new OriginDecimal(100);

/** Decimal places of the `display` figure of a percentage, rounded half-up. */
export const DISPLAY_DECIMAL_PLACES = 2;

/** Decimal places of the `value` figure of a percentage when its decimal expansion does not end. */
export const VALUE_DECIMAL_PLACES = 20;

const plainDecimalPattern = /^(\d+)(?:\.(\d+))?$/;

export type DecimalParseFailure = "DECIMAL_MALFORMED" | "VALUE_NEGATIVE" | "DECIMAL_TOO_LONG";

/**
 * Parses a non-negative plain decimal string such as "2160", "2160.50" or "0.125".
 * Rejects signs other than a leading minus (reported as negative), exponents, separators,
 * surrounding spaces and a bare or trailing point.
 */
export function parseNonNegativeDecimal(
  input: unknown,
): { ok: true; value: Dec } | { ok: false; code: DecimalParseFailure } {
  if (typeof input !== "string") return { ok: false, code: "DECIMAL_MALFORMED" };

  const negative = input.startsWith("-");
  const unsigned = negative ? input.slice(1) : input;
  const match = plainDecimalPattern.exec(unsigned);
  if (!match) return { ok: false, code: "DECIMAL_MALFORMED" };

  const integerDigits = match[1].replace(/^0+(?=\d)/, "");
  const fractionDigits = match[2] ?? "";
  if (integerDigits.length > MAX_INTEGER_DIGITS || fractionDigits.length > MAX_FRACTION_DIGITS) {
    return { ok: false, code: "DECIMAL_TOO_LONG" };
  }

  const value = new OriginDecimal(unsigned);
  if (negative && !value.isZero()) return { ok: false, code: "VALUE_NEGATIVE" };
  return { ok: true, value };
}

/** Formats a decimal in plain notation without trailing zeros: 2160.00 gives "2160". */
export function formatDecimal(value: Dec): string {
  return value.toFixed();
}

export type RoundingMode = "floor" | "halfUp";

/**
 * Divides exactly and rounds the quotient to `decimalPlaces` places.
 * `denominator` must be positive. Works on the scaled integer quotient and its remainder, so the
 * result never depends on the precision of a long division.
 */
export function divideRounded(
  numerator: Dec,
  denominator: Dec,
  decimalPlaces: number,
  mode: RoundingMode,
): { quotient: Dec; exact: boolean } {
  const scale = new OriginDecimal(10).pow(decimalPlaces);
  const scaled = numerator.times(scale);

  // divToInt truncates toward zero, so the remainder carries the sign of the numerator.
  let integerQuotient = scaled.divToInt(denominator);
  const remainder = scaled.minus(integerQuotient.times(denominator));
  const exact = remainder.isZero();

  if (!exact && mode === "floor" && remainder.isNegative()) {
    integerQuotient = integerQuotient.minus(1);
  }
  if (!exact && mode === "halfUp" && remainder.abs().times(2).gte(denominator)) {
    integerQuotient = integerQuotient.plus(remainder.isNegative() ? -1 : 1);
  }

  return { quotient: integerQuotient.div(scale), exact };
}

/**
 * A percentage `numerator / denominator × 100` kept exactly as a fraction, with rounded forms.
 * - `display`: 2 decimal places, half-up ("35.88"), for screens.
 * - `value`: the exact decimal when it terminates, otherwise rounded half-up to 20 places;
 *   `exact` is true in the first case.
 * - `wholeNumber`: rounded down to an integer ("72" for 72.4), as printed on certificates.
 * - `numerator`, `denominator`: the amounts behind it, for a reviewer to recompute.
 */
export type Percentage = {
  display: string;
  value: string;
  exact: boolean;
  wholeNumber: string;
  numerator: string;
  denominator: string;
};

export function toPercentage(numerator: Dec, denominator: Dec): Percentage {
  const hundredfold = numerator.times(HUNDRED);
  const display = divideRounded(hundredfold, denominator, DISPLAY_DECIMAL_PLACES, "halfUp");
  const wholeNumber = divideRounded(hundredfold, denominator, 0, "floor");
  const value = divideRounded(hundredfold, denominator, VALUE_DECIMAL_PLACES, "halfUp");

  return {
    display: display.quotient.toFixed(DISPLAY_DECIMAL_PLACES),
    value: formatDecimal(value.quotient),
    exact: value.exact,
    wholeNumber: formatDecimal(wholeNumber.quotient),
    numerator: formatDecimal(numerator),
    denominator: formatDecimal(denominator),
  };
}

/** Tests `numerator / denominator × 100 >= percent` by cross-multiplying, without dividing. */
export function isPercentAtLeast(numerator: Dec, denominator: Dec, percent: string): boolean {
  return numerator.times(HUNDRED).gte(denominator.times(percent));
}

/** Tests `numerator / denominator × 100 <= percent` by cross-multiplying, without dividing. */
export function isPercentAtMost(numerator: Dec, denominator: Dec, percent: string): boolean {
  return numerator.times(HUNDRED).lte(denominator.times(percent));
}

export function sum(values: readonly Dec[]): Dec {
  return values.reduce((total, value) => total.plus(value), ZERO);
}
