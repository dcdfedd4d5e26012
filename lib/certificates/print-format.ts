/**
 * Printed forms of amounts, quantities and dates on a certificate. Values arrive as strings and are
 * never converted to JS numbers, so "1234.10" prints as "1,234.10" with its trailing zero.
 */
import { isIsoDate } from "../dates";
import { formatDecimal } from "../money";

const decimalStringPattern = /^\d+(\.\d+)?$/;

const monthNames = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];

/** Check that a value is a plain non-negative decimal string such as "1050" or "1234.10". */
export function isDecimalString(value: string): boolean {
  return decimalStringPattern.test(value);
}

/**
 * Format a non-negative decimal string with thousands separators, keeping every decimal as given
 * and dropping leading zeros of the integer part: "0012345.50" gives "12,345.50".
 * Throws a RangeError for anything that is not a plain decimal string.
 */
export function formatDecimalForPrint(value: string): string {
  if (!isDecimalString(value)) {
    throw new RangeError(`Invalid decimal string "${value}": expected digits with an optional ".digits" part`);
  }
  const withoutLeadingZeros = value.replace(/^0+(?=\d)/, "");
  return formatDecimal(withoutLeadingZeros);
}

/** Box 9 FOB value: currency code, a space, the grouped amount, e.g. "USD 1,234.10". */
export function formatFobValue(currency: string, value: string): string {
  return `${currency} ${formatDecimalForPrint(value)}`;
}

/** Box 9 quantity: grouped number and UN/ECE Rec 20 unit code, e.g. "1,050 KGM". */
export function formatQuantity(value: string, unitCode: string): string {
  return `${formatDecimalForPrint(value)} ${unitCode}`;
}

/**
 * Certificate date in the English day-month-year form "14 January 2027", read from the
 * YYYY-MM-DD digits with no time-zone conversion. The month is spelled out so that importing
 * customs cannot confuse day and month. Throws a RangeError for an invalid calendar date.
 */
export function formatCertificateDate(isoDate: string): string {
  if (!isIsoDate(isoDate)) {
    throw new RangeError(`Invalid calendar date "${isoDate}": expected YYYY-MM-DD`);
  }
  const [year, month, day] = isoDate.split("-");
  return `${Number(day)} ${monthNames[Number(month) - 1]} ${year}`;
}
