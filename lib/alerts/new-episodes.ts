/**
 * "What is new since the last check": which calendar entries deserve an alert, from the calendar
 * files, the user's Watching shows in the mirror and what earlier checks already saw. Pure: time,
 * lists and the ledger are passed in (docs/architecture.md, Alerts).
 */
import type { CalendarEntry } from '../calendar/types';
import { episodeState } from '../library/episode-state';
import type { WatchedSeasons } from '../simkl/api';
import type { AlertMode } from '../store/alert-settings';
import { episodeKey } from './episode-key';

/** A show or anime on the Watching list, with its watched episodes (null: the mirror has none). */
export interface WatchedSeries {
  type: 'show' | 'anime';
  seasons: WatchedSeasons | null;
}

export interface AlertChoices {
  mode: AlertMode;
  shows: boolean;
  anime: boolean;
}

/** What earlier checks saw: every aired episode's key with its air time (ms), and the alerts held back. */
export interface AlertLedger {
  seen: Record<string, number>;
  /** Found during quiet hours, given once they end. */
  held: NewEpisode[];
}

export interface NewEpisode {
  key: string;
  simkl: number;
  type: 'show' | 'anime';
  title: string;
  season?: number;
  episode: number;
  airsAt: string;
  /** Season mode: the whole season is out (this is its last episode). */
  wholeSeason?: true;
}

/**
 * The calendar files reach back to yesterday only: what aired longer ago can no longer appear in
 * them, so its key is dropped and the ledger stays small.
 */
export const SEEN_KEPT_MS = 3 * 24 * 60 * 60 * 1000;

function airedEpisodes(entries: readonly CalendarEntry[], now: number): CalendarEntry[] {
  return entries.filter((entry) => {
    const time = Date.parse(entry.airsAt);
    return entry.type !== 'movie' && entry.episode !== undefined && time <= now && now - time < SEEN_KEPT_MS;
  });
}

/**
 * The first check after alerts were turned on (or for a user never checked): everything already out
 * is seen, nothing is announced, so the user is not flooded with the back catalogue.
 */
export function baselineLedger(entries: readonly CalendarEntry[], now: number): AlertLedger {
  const seen: Record<string, number> = {};
  for (const entry of airedEpisodes(entries, now)) seen[episodeKey(entry)] = Date.parse(entry.airsAt);
  return { seen, held: [] };
}

function wanted(
  entry: CalendarEntry,
  series: WatchedSeries | undefined,
  choices: AlertChoices,
): series is WatchedSeries {
  if (!series || series.type !== entry.type) return false;
  if (!(entry.type === 'anime' ? choices.anime : choices.shows)) return false;
  // Specials (season 0) are extras, not the next episode of what the user follows.
  if (entry.season === 0) return false;
  if (choices.mode === 'season' && !entry.finale) return false;
  return true;
}

/**
 * The episodes out since the last check that the user has not watched: every aired entry not in the
 * ledger, of a show or anime on the Watching list (never on hold, dropped or planned), of a kind the
 * user chose, never one already watched (even before it aired). Each aired entry is seen once,
 * whether or not it was announced, so a restart or the next check never announces it again.
 */
export function findNewEpisodes(input: {
  entries: readonly CalendarEntry[];
  watching: ReadonlyMap<number, WatchedSeries>;
  ledger: AlertLedger;
  choices: AlertChoices;
  now: number;
}): { fresh: NewEpisode[]; ledger: AlertLedger } {
  const { entries, watching, ledger, choices, now } = input;
  const seen: Record<string, number> = {};
  for (const [key, time] of Object.entries(ledger.seen)) if (now - time < SEEN_KEPT_MS) seen[key] = time;
  const fresh: NewEpisode[] = [];
  for (const entry of airedEpisodes(entries, now)) {
    const key = episodeKey(entry);
    if (seen[key] !== undefined) continue;
    seen[key] = Date.parse(entry.airsAt);
    const series = watching.get(entry.simkl);
    if (!wanted(entry, series, choices)) continue;
    const episode = entry.episode as number;
    if (episodeState(series.seasons, { season: entry.season, episode }).watched) continue;
    fresh.push(newEpisode(entry, key, episode, choices.mode));
  }
  // In airing order, so a grouped alert names the shows as they came out.
  fresh.sort(
    (a, b) => a.airsAt.localeCompare(b.airsAt) || a.title.localeCompare(b.title) || a.episode - b.episode,
  );
  return { fresh, ledger: { seen, held: ledger.held } };
}

function newEpisode(entry: CalendarEntry, key: string, episode: number, mode: AlertMode): NewEpisode {
  const found: NewEpisode = {
    key,
    simkl: entry.simkl,
    type: entry.type === 'anime' ? 'anime' : 'show',
    title: entry.title,
    episode,
    airsAt: entry.airsAt,
  };
  if (entry.season !== undefined) found.season = entry.season;
  if (mode === 'season') found.wholeSeason = true;
  return found;
}

/**
 * Held alerts still worth giving: the show is still watched and the episode still unwatched (the
 * user may have watched it during the quiet hours).
 */
export function stillNew(
  held: readonly NewEpisode[],
  watching: ReadonlyMap<number, WatchedSeries>,
): NewEpisode[] {
  return held.filter((episode) => {
    const series = watching.get(episode.simkl);
    return (
      series?.type === episode.type &&
      !episodeState(series.seasons, { season: episode.season, episode: episode.episode }).watched
    );
  });
}
