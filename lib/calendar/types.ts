/**
 * The calendar's vocabulary. Simkl publishes three files per version (see
 * docs/simkl-api.md, Calendar files); whatever the version, rows become one `CalendarEntry`.
 */

/** The file names on data.simkl.in: `/calendar[/v2]/{kind}.json`. */
export type CalendarFileKind = 'tv' | 'anime' | 'movie_release';

export type CalendarEntryType = 'show' | 'anime' | 'movie';
export const ENTRY_TYPE: Record<CalendarFileKind, CalendarEntryType> = {
  tv: 'show',
  anime: 'anime',
  movie_release: 'movie',
};

/** One airing (an episode) or one release (a movie). */
export interface CalendarEntry {
  simkl: number;
  type: CalendarEntryType;
  title: string;
  /** Simkl's poster path, such as `74/74415673dcdc9cdd`; feed it to `posterUrl`. */
  poster?: string;
  /** When it airs, as a UTC ISO string (the files' offsets are folded in). */
  airsAt: string;
  season?: number;
  episode?: number;
  episodeTitle?: string;
  /** v2 only: the last episode of its season (or of the series); season alerts wait for it. */
  finale?: true;
}

/** The injected network: `fetch` itself in production, a fake in tests. */
export type FetchLike = (url: string, init?: RequestInit) => Promise<Response>;

/** Milliseconds since the epoch; `Date.now` in production. */
export type Clock = () => number;
