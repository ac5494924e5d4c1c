/**
 * Dates as Simkl writes and reads them: user activity stamps in whole seconds (`2016-10-29T09:03:45Z`,
 * docs/simkl-api.md, Dates), and the ISO-8601 values clients send (`watched_at`, `rated_at`, `date_from`).
 */

/** A date, or a date-time with optional seconds, fraction and zone (none = UTC, as Simkl reads it). */
const ISO_8601 = /^(\d{4}-\d{2}-\d{2})(?:[T ](\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?)(Z|[+-]\d{2}:?\d{2})?)?$/i;

/** Whole seconds, no milliseconds: what every stamp of a user's library looks like. */
export function isoSeconds(ms: number): string {
  return new Date(Math.floor(ms / 1000) * 1000).toISOString().replace('.000Z', 'Z');
}

/** The instant of an ISO-8601 value, or null when it is not one. */
export function parseIso(value: unknown): number | null {
  if (typeof value !== 'string') return null;
  const match = ISO_8601.exec(value.trim());
  if (!match) return null;
  const [, date = '', time, zone] = match;
  if (!isCalendarDay(date)) return null;
  const ms = Date.parse(time ? `${date}T${time}${zone ?? 'Z'}` : `${date}T00:00:00Z`);
  return Number.isNaN(ms) ? null : ms;
}

/** `YYYY-MM-DD` that names a real day (JavaScript would roll 2020-02-30 over into March). */
function isCalendarDay(date: string): boolean {
  const [year = 0, month = 0, day = 0] = date.split('-').map(Number);
  const utc = new Date(Date.UTC(year, month - 1, day));
  return utc.getUTCFullYear() === year && utc.getUTCMonth() === month - 1 && utc.getUTCDate() === day;
}

/** A client's date as Simkl stores it (whole seconds, UTC), or undefined when absent or not a date. */
export function storedDate(value: unknown): string | undefined {
  const ms = parseIso(value);
  return ms === null ? undefined : isoSeconds(ms);
}
