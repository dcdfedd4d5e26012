/** Calendar dates in Lao PDR. Asia/Vientiane is UTC+7 all year, with no daylight saving. */
export const LAO_TIME_ZONE = "Asia/Vientiane";

const laoDateFormat = new Intl.DateTimeFormat("en-CA", {
  timeZone: LAO_TIME_ZONE,
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
});

/** Return the Lao calendar date (YYYY-MM-DD) of an instant. */
export function laoDate(instant: Date): string {
  return laoDateFormat.format(instant);
}

/** Return the Lao calendar year of an instant. */
export function laoYear(instant: Date): number {
  return Number(laoDate(instant).slice(0, 4));
}

const isoDatePattern = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Check that a string is a real calendar date in YYYY-MM-DD form (2027-02-30 is not). */
export function isIsoDate(value: string): boolean {
  const match = isoDatePattern.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const probe = new Date(Date.UTC(year, month - 1, day));
  return probe.getUTCFullYear() === year && probe.getUTCMonth() === month - 1 && probe.getUTCDate() === day;
}

/** Add whole days to a YYYY-MM-DD date. */
export function addDays(isoDate: string, days: number): string {
  const [year, month, day] = isoDate.split("-").map(Number);
  const shifted = new Date(Date.UTC(year, month - 1, day + days));
  return shifted.toISOString().slice(0, 10);
}
