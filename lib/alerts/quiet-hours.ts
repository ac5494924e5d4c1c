/**
 * Quiet hours in the browser's local time, 'HH:MM' to 'HH:MM'; a range that passes midnight
 * (22:00–07:00) is the usual one. Pure: the time and the zone's offset come from a Date.
 */

function minutesOf(hhmm: string): number | undefined {
  const match = /^(\d{2}):(\d{2})$/.exec(hhmm);
  return match ? Number(match[1]) * 60 + Number(match[2]) : undefined;
}

/** Whether `now` falls in [from, to) in local time; no range (empty or equal ends) is never quiet. */
export function isQuietAt(now: number, from: string, to: string): boolean {
  const start = minutesOf(from);
  const end = minutesOf(to);
  if (start === undefined || end === undefined || start === end) return false;
  const date = new Date(now);
  const minute = date.getHours() * 60 + date.getMinutes();
  return start < end ? minute >= start && minute < end : minute >= start || minute < end;
}

/** When the quiet hours that hold `now` end (ms), for the alarm that gives the held alerts. */
export function quietEndsAt(now: number, to: string): number {
  const end = minutesOf(to) ?? 0;
  const date = new Date(now);
  date.setHours(Math.floor(end / 60), end % 60, 0, 0);
  if (date.getTime() <= now) date.setDate(date.getDate() + 1);
  return date.getTime();
}
