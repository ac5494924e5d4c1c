/**
 * The calendar as the background uses it: Simkl's CDN files joined with the user's lists.
 * "Next episode in 3 days" for the popup, the files the alerts read, and an upcoming list, without
 * touching the API or the user's token.
 */
import { createStore, type UseStore } from 'idb-keyval';
import { type CalendarFiles, createCalendarFiles } from './file-cache';
import { selectNextAiring, selectUpcoming } from './queries';
import type { CalendarEntry, CalendarFileKind, Clock, FetchLike } from './types';

export interface UpcomingQuery {
  /** Simkl ids of the shows and anime on the user's Watching list. */
  watching: readonly number[];
  /** Simkl ids of the movies on the user's Plan to Watch list. */
  planMovies?: readonly number[];
  /** How far ahead to look; 7 by default. The files reach 33 days ahead. */
  days?: number;
  now?: Date | number;
}

export interface Calendar {
  upcoming(query: UpcomingQuery): Promise<CalendarEntry[]>;
  nextEpisode(simkl: number, now?: Date | number): Promise<CalendarEntry | null>;
  /** The parsed file itself, cached like the rest. */
  entries(kind: CalendarFileKind): Promise<CalendarEntry[]>;
  /** For the options page's cache sizes and "Clear caches". */
  stats(): Promise<{ files: number; entries: number }>;
  clear(): Promise<void>;
}

export interface CalendarDeps {
  fetch?: FetchLike;
  /** Defaults to its own database, `simkl-extension-calendar`. */
  db?: UseStore;
  clock?: Clock;
  maxAgeMs?: number;
}

const EPISODE_FILES: readonly CalendarFileKind[] = ['tv', 'anime'];

export function createCalendar(deps: CalendarDeps = {}): Calendar {
  const clock = deps.clock ?? (() => Date.now());
  const files = createCalendarFiles({
    fetch: deps.fetch ?? ((url, init) => globalThis.fetch(url, init)),
    db: deps.db ?? createStore('simkl-extension-calendar', 'files'),
    clock,
    maxAgeMs: deps.maxAgeMs,
  });
  const timeOf = (now: Date | number | undefined) => (now === undefined ? clock() : Number(now));

  return {
    async upcoming({ watching, planMovies = [], days = 7, now }) {
      const time = timeOf(now);
      const kinds: CalendarFileKind[] = [];
      if (watching.length > 0) kinds.push(...EPISODE_FILES);
      if (planMovies.length > 0) kinds.push('movie_release');
      const entries = await loadAll(files, kinds);
      return selectUpcoming(entries, new Set([...watching, ...planMovies]), time, days).filter(
        // A movie belongs only when planned, an episode only when its show is being watched.
        (entry) => (entry.type === 'movie' ? planMovies : watching).includes(entry.simkl),
      );
    },
    async nextEpisode(simkl, now) {
      return selectNextAiring(await loadAll(files, EPISODE_FILES), simkl, timeOf(now));
    },
    entries: (kind) => files.load(kind),
    stats: () => files.stats(),
    clear: () => files.clear(),
  };
}

/** Every file that could be read; throws only when none of them could. */
async function loadAll(files: CalendarFiles, kinds: readonly CalendarFileKind[]): Promise<CalendarEntry[]> {
  const results = await Promise.allSettled(kinds.map((kind) => files.load(kind)));
  const loaded = results.flatMap((result) => (result.status === 'fulfilled' ? [result.value] : []));
  const failure = results.find((result) => result.status === 'rejected');
  if (loaded.length === 0 && failure) throw failure.reason;
  return loaded.flat();
}
