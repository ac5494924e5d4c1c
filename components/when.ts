/** Dates as the popup shows them, in the browser's language and time zone. */

const DAY_MS = 24 * 60 * 60 * 1000;

function dayStart(time: number): number {
  const date = new Date(time);
  return new Date(date.getFullYear(), date.getMonth(), date.getDate()).getTime();
}

/** Whole calendar days from today to `iso` (0 = today, 1 = tomorrow), in local time. */
export function daysFromToday(iso: string, now: number = Date.now()): number {
  return Math.round((dayStart(Date.parse(iso)) - dayStart(now)) / DAY_MS);
}

/** "Fri, 12 Dec, 21:00". */
export function airTime(iso: string): string {
  return new Date(iso).toLocaleString(undefined, {
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    hour: '2-digit',
    minute: '2-digit',
  });
}

/** "21:00". */
export function clockTime(iso: string): string {
  return new Date(iso).toLocaleTimeString(undefined, { hour: '2-digit', minute: '2-digit' });
}

/** "Friday, 12 December". */
export function longDay(iso: string): string {
  return new Date(iso).toLocaleDateString(undefined, { weekday: 'long', day: 'numeric', month: 'long' });
}
