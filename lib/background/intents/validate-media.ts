import { type DetectedMedia, MEDIA_SITES, type MediaIds, type MediaKind, SITES } from '../../media';
import { check, isBoundedInt, isBoundedString, isPlainObject, optional } from './validate-basic';

const MEDIA_KINDS: readonly MediaKind[] = ['movie', 'show', 'anime', 'episode'];

/** What each id looks like on its site; anything else is refused, not guessed at. */
const ID_PATTERNS = {
  imdb: /^tt\d{1,12}$/,
  tmdb: /^\d{1,12}$/,
  mal: /^\d{1,12}$/,
  netflix: /^\d{1,15}$/,
  // Letterboxd's film slugs run long ("sweet-sweetbacks-baadasssss-song"): the only id over 20 characters.
  letterboxd: /^[a-z0-9][a-z0-9-]{0,99}$/,
  anidb: /^\d{1,9}$/,
  tvdb: /^\d{1,12}$/,
  animeplanet: /^[a-z0-9][a-z0-9-]{0,99}$/,
  // Trakt's slugs are lower-case words and digits joined by dashes, like Letterboxd's.
  traktslug: /^[a-z0-9][a-z0-9-]{0,99}$/,
  anilist: /^\d{1,9}$/,
  kitsu: /^\d{1,9}$/,
  livechart: /^\d{1,9}$/,
  // G-ids ('GG5H5XQX4', 'GE00361957JAJP'), and the older numbers and slugs Simkl documents for the key.
  crunchyroll: /^[A-Za-z0-9][A-Za-z0-9-]{0,99}$/,
  // The UUIDs Hulu's pages and JSON give (lower case), and the older numbers Simkl documents for the key.
  hulu: /^(?:\d{1,12}|[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$/,
} as const;

function validateIds(value: unknown, field: string): MediaIds {
  check(isPlainObject(value), field);
  const ids: MediaIds = {};
  if (value.simkl !== undefined) {
    check(isBoundedInt(value.simkl, 1, 1e12), `${field}.simkl`);
    ids.simkl = value.simkl;
  }
  for (const key of Object.keys(ID_PATTERNS) as Array<keyof typeof ID_PATTERNS>) {
    const id = optional(
      value[key],
      (v): v is string => isBoundedString(v, 100, ID_PATTERNS[key]),
      `${field}.${key}`,
    );
    if (id !== undefined) ids[key] = id;
  }
  return ids;
}

/**
 * Whole, or a recap's tenth (Crunchyroll's 12.5): it passes so that the page shows it, and the write
 * paths never send it as an episode (isNumberedEpisode in lib/media.ts).
 */
const isEpisodeNumber = (v: unknown): v is number =>
  typeof v === 'number' && v >= 0 && v <= 100_000 && Math.abs(v * 10 - Math.round(v * 10)) < 1e-9;

const isTitle = (value: unknown): value is string => isBoundedString(value, 500);

/**
 * A DetectedMedia from a page, copied field by field so that nothing unexpected gets through. A
 * player that has no ids (`titleOnly`) may name a title by its words, kind and numbers alone.
 */
export function validateMedia(value: unknown, field = 'media', titleOnly = false): DetectedMedia {
  check(isPlainObject(value), field);
  // A player-only service's playback (no page, no ids) is named by that service: only where a
  // played title is accepted (the player's messages, its match), never as a site's page.
  const sites: readonly unknown[] = titleOnly ? MEDIA_SITES : SITES;
  check(sites.includes(value.site), `${field}.site`);
  const media: DetectedMedia = {
    site: value.site as DetectedMedia['site'],
    ids: validateIds(value.ids, `${field}.ids`),
  };
  const kind = optional(
    value.kind,
    (v): v is MediaKind => MEDIA_KINDS.includes(v as MediaKind),
    `${field}.kind`,
  );
  if (kind) media.kind = kind;
  const title = optional(value.title, isTitle, `${field}.title`);
  if (title !== undefined) media.title = title;
  const year = optional(value.year, (v): v is number => isBoundedInt(v, 1850, 2200), `${field}.year`);
  if (year !== undefined) media.year = year;
  if (value.show !== undefined) {
    check(isPlainObject(value.show), `${field}.show`);
    media.show = { ids: validateIds(value.show.ids, `${field}.show.ids`) };
    const showTitle = optional(value.show.title, isTitle, `${field}.show.title`);
    if (showTitle !== undefined) media.show.title = showTitle;
  }
  const season = optional(value.season, (v): v is number => isBoundedInt(v, 0, 1000), `${field}.season`);
  if (season !== undefined) media.season = season;
  const episode = optional(value.episode, isEpisodeNumber, `${field}.episode`);
  if (episode !== undefined) media.episode = episode;
  const idCount = Object.keys(media.ids).length + Object.keys(media.show?.ids ?? {}).length;
  const named = media.kind !== undefined && (media.title ?? media.show?.title) !== undefined;
  check(idCount > 0 || (titleOnly && named), `${field}.ids (none given)`);
  return media;
}
