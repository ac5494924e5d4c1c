import type { DetectedMedia } from '../../media';
import type { NowPlaying, PlayerAdapter } from '../../player/adapter';
import { readMeta } from '../dom';
import { asInt, asText, pick } from '../json';
import { jsonLdRecords } from '../json-ld';
import { asYear } from '../year';

/**
 * Apple TV+'s player (docs/sites.md, Apple TV+). An episode or a film plays on its own page,
 * `/<storefront>/(episode|movie)/<slug>/umc.cmc.<id>`; the page's JSON-LD names it (series, season,
 * episode; a film's year) in no UI language's words, and is trusted only while the page's
 * `apple:content_id` is the URL's id (a client-side step to the next episode changes the URL first).
 * Promotional videos play in other <video>s than the player's, so they never count.
 */
const SELECTORS = {
  /** The player's own video, on https://tv.apple.com/<storefront>/episode/<slug>/umc.cmc.<id> (docs/sites.md, Apple TV+: URLs) */
  video: '[data-testid="video-container"] video',
  /** The id the page's metadata is about (trusted only while it is the URL's: docs/sites.md, Apple TV+: what plays) */
  contentIdMeta: 'apple:content_id',
  /** The page's structured data: TVEpisode / Episode, or Movie */
  jsonLd: 'script[type="application/ld+json"]',
} as const;

/** Episode and film pages only: a show page, a clip or a live sporting event plays no programme of its own. */
const PLAYING_PATH = /^\/(?:[a-z]{2}\/)?(episode|movie)\/[^/]+\/(umc\.cmc\.[a-z0-9]{10,40})\/?$/;

const HOST = 'tv.apple.com';

/** The umc.cmc id an episode or film URL names, or null. */
export function appleTvIdOf(location: Pick<Location, 'hostname' | 'pathname'>): string | null {
  if (location.hostname !== HOST) return null;
  return PLAYING_PATH.exec(location.pathname)?.[2] ?? null;
}

const kindOf = (location: Location) => PLAYING_PATH.exec(location.pathname)?.[1];

/** The episode its JSON-LD describes: its series by name, season and episode numbers. */
function episodeFrom(doc: Document): DetectedMedia | null {
  const [record] = [
    ...jsonLdRecords(doc, SELECTORS.jsonLd, 'TVEpisode'),
    ...jsonLdRecords(doc, SELECTORS.jsonLd, 'Episode'),
  ];
  const series = asText(pick(record, 'partOfSeries', 'name'));
  const season = asInt(pick(record, 'partOfSeason', 'seasonNumber'));
  const episode = asInt(pick(record, 'episodeNumber'));
  if (!record || !series || season === undefined || episode === undefined) return null;
  const title = asText(record.name);
  return {
    site: 'appletv',
    kind: 'episode',
    ids: {},
    ...(title ? { title } : {}),
    show: { ids: {}, title: series },
    season,
    episode,
  };
}

/** The film its JSON-LD describes: its name and the year it came out (remakes share names). */
function movieFrom(doc: Document): DetectedMedia | null {
  const [record] = jsonLdRecords(doc, SELECTORS.jsonLd, 'Movie');
  const title = asText(pick(record, 'name'));
  if (!title) return null;
  const year = asYear(Number(asText(pick(record, 'datePublished'))?.slice(0, 4)));
  return { site: 'appletv', kind: 'movie', ids: {}, title, ...(year ? { year } : {}) };
}

export const appleTvPlayer: PlayerAdapter = {
  service: 'appletv',
  playingKey: (location) => appleTvIdOf(location),
  video: (doc) => doc.querySelector<HTMLVideoElement>(SELECTORS.video),
  async nowPlaying(key, location, doc): Promise<NowPlaying | null> {
    // The page still shows the last episode's data for a moment after the URL moved on: not lent to the new key.
    if (appleTvIdOf(location) !== key || readMeta(doc, SELECTORS.contentIdMeta) !== key) return null;
    const media = kindOf(location) === 'movie' ? movieFrom(doc) : episodeFrom(doc);
    return media ? { key, media } : null;
  },
};
