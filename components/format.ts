import { formatDecimal } from "@/lib/money";
import { LAO_TIME_ZONE } from "@/lib/dates";
import { formatHsCode } from "@/lib/hs/hs-list";

const intlLocale = (locale: string) => (locale === "lo" ? "lo-LA" : "en-GB");

/**
 * Format a calendar date (YYYY-MM-DD) for reading, e.g. "4 December 2026". The date is placed at
 * UTC midnight and formatted in UTC, so no time zone can move it to another day.
 */
export function formatCalendarDate(isoDate: string | null | undefined, locale: string): string {
  if (!isoDate) return "";
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
  if (!match) return isoDate;
  const instant = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return new Intl.DateTimeFormat(intlLocale(locale), { timeZone: "UTC", day: "numeric", month: "long", year: "numeric" }).format(instant);
}

/** Format an instant as date and time in Vientiane. */
export function formatInstant(instant: Date | string | null | undefined, locale: string): string {
  if (!instant) return "";
  const date = typeof instant === "string" ? new Date(instant) : instant;
  return new Intl.DateTimeFormat(intlLocale(locale), {
    timeZone: LAO_TIME_ZONE,
    day: "numeric",
    month: "short",
    year: "numeric",
    hour: "2-digit",
    minute: "2-digit",
  }).format(date);
}

/** Decimal string with thousands separators; never goes through a JS number. */
export function formatAmount(value: string | null | undefined): string {
  return value ? formatDecimal(value) : "";
}

export { formatHsCode };
