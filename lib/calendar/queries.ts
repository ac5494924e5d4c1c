/**
 * Pure questions over calendar entries; `calendar.ts` feeds them the cached files. Time is
 * always passed in, so the answers around midnight and across time zones are testable.
 */
import type { CalendarEntry } from './types';

const DAY_MS = 24 * 60 * 60 * 1000;

function byAiring(a: CalendarEntry, b: CalendarEntry): number {
  return (
    a.airsAt.localeCompare(b.airsAt) || a.title.localeCompare(b.title) || (a.episode ?? 0) - (b.episode ?? 0)
  );
}

/** Entries of the given titles airing in `[now, now + days)`, soonest first. */
export function selectUpcoming(
  entries: readonly CalendarEntry[],
  simklIds: ReadonlySet<number>,
  now: number,
  days: number,
): CalendarEntry[] {
  const end = now + days * DAY_MS;
  return entries
    .filter((entry) => {
      const time = Date.parse(entry.airsAt);
      return simklIds.has(entry.simkl) && time >= now && time < end;
    })
    .sort(byAiring);
}

/** The first airing of one title at or after `now`, or null when the files show none. */
export function selectNextAiring(
  entries: readonly CalendarEntry[],
  simkl: number,
  now: number,
): CalendarEntry | null {
  return selectUpcoming(entries, new Set([simkl]), now, Number.POSITIVE_INFINITY)[0] ?? null;
}

/**
 * How many entries of the given titles air on the same calendar day as `now` in `timeZone`
 * (the browser's own zone when absent or unknown): the badge counts "today" as the user sees it.
 */
export function countAiringToday(
  entries: readonly CalendarEntry[],
  simklIds: ReadonlySet<number>,
  now: number,
  timeZone?: string,
): number {
  const dayOf = dayKeyFormatter(timeZone);
  const today = dayOf(now);
  return entries.filter((entry) => simklIds.has(entry.simkl) && dayOf(Date.parse(entry.airsAt)) === today)
    .length;
}

/** `time -> 'YYYY-MM-DD'` in the zone; an unknown zone name falls back to the local zone. */
export function dayKeyFormatter(timeZone?: string): (time: number) => string {
  const options: Intl.DateTimeFormatOptions = { year: 'numeric', month: '2-digit', day: '2-digit' };
  let format: Intl.DateTimeFormat;
  try {
    format = new Intl.DateTimeFormat('en-CA', { ...options, timeZone });
  } catch {
    format = new Intl.DateTimeFormat('en-CA', options);
  }
  return (time) => {
    const parts = format.formatToParts(time);
    const part = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
    return `${part('year')}-${part('month')}-${part('day')}`;
  };
}
