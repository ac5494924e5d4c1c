/**
 * Episodes are generated from a title's season sizes: finished seasons air weekly from the first air date
 * (a new season each year); an airing title's last season is dated around the clock's "today", so it
 * always has a few aired and a few upcoming episodes.
 */
import { imagePath, type Title } from './model';

export interface Episode {
  season: number;
  episode: number;
  /** 1-based position across the whole title. */
  ordinal: number;
  simklId: number;
  title: string;
  /** UTC milliseconds. */
  date: number;
  aired: boolean;
  imdb?: string;
  img: string;
}

const DAY = 24 * 3600 * 1000;
const WEEK = 7 * DAY;
/** TV premieres at 21:00 New York (02:00 UTC); anime at 00:00 Tokyo (15:00 UTC the day before). */
const AIR_HOUR_UTC = { show: 2, anime: 15, movie: 0 } as const;

export function startOfUtcDay(ms: number): number {
  return Math.floor(ms / DAY) * DAY;
}

/** Movies have no episodes; anime films count as one. */
export function seasonSizes(title: Title): number[] {
  if (title.kind === 'movie') return [];
  return title.seasons ?? [1];
}

export function episodesOf(title: Title, nowMs: number): Episode[] {
  const sizes = seasonSizes(title);
  const first =
    Date.parse(`${title.date ?? `${title.year}-01-01`}T00:00:00Z`) + AIR_HOUR_UTC[title.kind] * 3600_000;
  const today = startOfUtcDay(nowMs) + AIR_HOUR_UTC[title.kind] * 3600_000;
  const episodes: Episode[] = [];
  let ordinal = 0;
  sizes.forEach((size, index) => {
    const season = index + 1;
    const airingSeason = title.airing && index === sizes.length - 1 ? title.airing : undefined;
    for (let number = 1; number <= size; number++) {
      ordinal++;
      const date = airingSeason
        ? today + airingSeason.nextInDays * DAY + (number - airingSeason.aired - 1) * WEEK
        : first + index * 52 * WEEK + (number - 1) * WEEK;
      const key = `${season}:${number}`;
      episodes.push({
        season,
        episode: number,
        ordinal,
        // Stable, unique and far from title ids: the title's id times 10,000 plus the position.
        simklId: title.simkl * 10_000 + ordinal,
        title: title.episodeTitles?.[key] ?? `Episode ${number}`,
        date,
        aired: date <= nowMs,
        imdb: title.episodeImdb?.[key],
        img: imagePath(`episode:${title.simkl}:${ordinal}`),
      });
    }
  });
  return episodes;
}

/** Broadcast dates keep the network's offset: New York for TV, Tokyo for anime (docs/simkl-api.md, Dates). */
export function broadcastDate(ms: number, kind: Title['kind']): string {
  const offsetHours = kind === 'anime' ? 9 : -5;
  const local = new Date(ms + offsetHours * 3600_000).toISOString().slice(0, 19);
  const sign = offsetHours >= 0 ? '+' : '-';
  return `${local}${sign}${String(Math.abs(offsetHours)).padStart(2, '0')}:00`;
}

/** Movies: the release instant (fixed, or relative to the clock for upcoming ones). */
export function releaseOf(title: Title, nowMs: number): number {
  if (title.releaseInDays !== undefined) return startOfUtcDay(nowMs) + title.releaseInDays * DAY;
  return Date.parse(`${title.date ?? `${title.year}-01-01`}T00:00:00Z`);
}

export function isoDate(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

/** `ended|tba|airing` for series, `released|upcoming` for films (docs/simkl-api.md, Search). */
export function titleStatus(title: Title, nowMs: number): string {
  if (title.kind === 'movie') return releaseOf(title, nowMs) <= nowMs ? 'released' : 'upcoming';
  if (title.airing) return 'airing';
  return 'ended';
}

export { DAY };
