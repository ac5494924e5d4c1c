/**
 * Which of the user's shows and anime have an aired episode waiting, and which one comes next
 * (docs/architecture.md, Up next). Pure: the mirror's entries and the cached calendar go in, the
 * rows come out, and time is passed in, so every rule is testable.
 */
import type { CalendarEntry } from '../calendar';
import { type EpisodeRef, parseEpisodeCode } from '../library/episode-code';
import type { LibraryEntry } from '../media';

export interface UpNextRow {
  entry: LibraryEntry;
  /** Simkl's next episode to watch; an anime's in its absolute numbering ("E148", no season). */
  next: EpisodeRef;
  /** When the next episode aired (UTC ISO), only when the calendar files say it. */
  airedAt?: string;
  /** Aired episodes not watched yet, when Simkl's counters tell; undefined when they do not. */
  left?: number;
}

/** Simkl's counters: every episode, minus the watched, minus the ones not aired yet. */
function airedLeft(entry: LibraryEntry): number | undefined {
  const { totalEpisodes: total, watchedEpisodes: watched = 0, notAiredEpisodes: notAired } = entry;
  if (total === undefined || notAired === undefined) return undefined;
  return Math.max(0, total - watched - notAired);
}

function sameEpisode(airing: CalendarEntry, entry: LibraryEntry, next: EpisodeRef): boolean {
  if (airing.simkl !== entry.ids.simkl || airing.episode !== next.episode) return false;
  // The anime file numbers episodes like the mirror does (absolute); a show's also names the season.
  return entry.type === 'anime' || airing.season === (next.season ?? 1);
}

/** Whether `a` comes before `b` in the show's order (a season first, then the episode). */
const isBefore = (a: EpisodeRef, b: EpisodeRef) =>
  (a.season ?? 1) < (b.season ?? 1) || ((a.season ?? 1) === (b.season ?? 1) && a.episode < b.episode);

/**
 * Whether the next episode has aired: the calendar's date for it first; else Simkl's counters; else
 * the show's other airings in the calendar (the next episode comes before all of them: it aired
 * before the files' window; after one of them: it airs later). With none of these, Simkl's counters
 * still say episodes remain and no airing is announced for them: the known episodes are out.
 */
function hasAired(
  entry: LibraryEntry,
  next: EpisodeRef,
  airings: readonly CalendarEntry[],
  left: number | undefined,
  now: number,
): boolean {
  const own = airings.find((airing) => sameEpisode(airing, entry, next));
  if (own) return Date.parse(own.airsAt) <= now;
  if (left !== undefined) return left > 0;
  const later = airings.filter(
    (airing) => airing.simkl === entry.ids.simkl && Date.parse(airing.airsAt) > now,
  );
  const refOf = (airing: CalendarEntry): EpisodeRef => ({
    season: entry.type === 'anime' ? undefined : airing.season,
    episode: airing.episode ?? 0,
  });
  if (later.some((airing) => !isBefore(next, refOf(airing)))) return false;
  return entry.totalEpisodes === undefined || (entry.watchedEpisodes ?? 0) < entry.totalEpisodes;
}

/** Most recently watched first; never watched last; then by title, so the order is stable. */
function byLastWatched(a: UpNextRow, b: UpNextRow): number {
  const time = (row: UpNextRow) => Date.parse(row.entry.lastWatchedAt ?? '') || 0;
  return time(b) - time(a) || (a.entry.title ?? '').localeCompare(b.entry.title ?? '');
}

/**
 * The Watching shows and anime whose next episode has aired, with that episode. A series on hold,
 * dropped, planned or completed is never listed; nor is one whose next episode is a special
 * (season 0: Simkl's counts and the other lists leave specials out too).
 */
export function selectUpNext(
  entries: readonly LibraryEntry[],
  airings: readonly CalendarEntry[],
  now: number,
): UpNextRow[] {
  const rows: UpNextRow[] = [];
  for (const entry of entries) {
    if (entry.status !== 'watching' || entry.type === 'movie') continue;
    const parsed = parseEpisodeCode(entry.nextToWatch);
    if (!parsed || parsed.season === 0) continue;
    // An anime is one season in Simkl's numbering: its code carries none, or season 1.
    const next: EpisodeRef = entry.type === 'anime' ? { episode: parsed.episode } : parsed;
    const left = airedLeft(entry);
    if (!hasAired(entry, next, airings, left, now)) continue;
    const own = airings.find((airing) => sameEpisode(airing, entry, next));
    const row: UpNextRow = { entry, next };
    if (own) row.airedAt = own.airsAt;
    if (left !== undefined) row.left = left;
    rows.push(row);
  }
  return rows.sort(byLastWatched);
}
