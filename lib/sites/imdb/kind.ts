import type { MediaKind } from '../../media';

/**
 * IMDb's titleType ids, JSON-LD @types and og:types, grouped by Simkl kind (docs/sites.md, IMDb: page data).
 * tvMovie and video titles are JSON-LD "Movie" and og "video.other": both are films to Simkl.
 */
const TYPES_BY_KIND: [MediaKind | null, readonly string[]][] = [
  [
    'movie',
    ['movie', 'tvMovie', 'video', 'short', 'tvShort', 'tvSpecial', 'Movie', 'video.movie', 'video.other'],
  ],
  ['show', ['tvSeries', 'tvMiniSeries', 'TVSeries', 'video.tv_show']],
  ['episode', ['tvEpisode', 'TVEpisode', 'video.episode']],
  // Titles Simkl does not track: the page is about one title, but not one we can add.
  [null, ['videoGame', 'podcastSeries', 'podcastEpisode', 'musicVideo', 'VideoGame', 'PodcastSeries']],
];

/** The kind, null for an untracked type, undefined when the type is unknown (try the next signal). */
export function kindOfType(type: unknown): MediaKind | null | undefined {
  if (typeof type !== 'string') return undefined;
  return TYPES_BY_KIND.find(([, types]) => types.includes(type))?.[0];
}

/**
 * The kind a printed type label names, as list rows show it ("TV Series", "TV Mini-Series",
 * "Video Game"): the same words as the titleType ids. Undefined for any other text (a year, names).
 */
export function kindOfLabel(label: string | undefined): MediaKind | null | undefined {
  const key = label?.toLowerCase().replace(/[^a-z]/g, '');
  if (!key) return undefined;
  return TYPES_BY_KIND.find(([, types]) => types.some((type) => type.toLowerCase() === key))?.[0];
}

/** The first tt id in a string (a URL, an href, a meta value), or undefined. */
export function asImdbId(value: unknown): string | undefined {
  const match = typeof value === 'string' ? /tt\d{7,}/.exec(value) : null;
  return match?.[0];
}
