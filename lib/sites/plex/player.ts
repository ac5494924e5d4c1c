import type { DetectedMedia } from '../../media';
import type { NowPlaying, PlayerAdapter } from '../../player/adapter';
import { type PlexItem, parsePlexMetadata } from './metadata';
import { type PlexServer, plexServerOf } from './server';

/**
 * Plex Web's player, on app.plex.tv and on a server's own `/web` (docs/sites.md, Plex: the player).
 * The player's title link names the playing item by its ratingKey; what plays comes from the item's
 * own Guids on the server the page talks to (an episode's show ids from its show's), its titles and
 * numbers the fallback. The token goes only to that server, never to the extension.
 */
const SELECTORS = {
  /** The player's second title line (an episode's), its link holding the item's key: https://app.plex.tv/desktop/#!/server/<machine id>/details?key=%2Flibrary%2Fmetadata%2F5012 */
  itemLink: '[class*="MetadataPosterTitle-isSecondary"] [data-testid="metadataTitleLink"]',
  /** A film's only title line, the same link: https://app.plex.tv/desktop/#!/server/<machine id>/details?key=%2Flibrary%2Fmetadata%2F7001 */
  titleLink: '[class*="MetadataPosterTitle"] [data-testid="metadataTitleLink"]',
  /** The player's media element: https://app.plex.tv/desktop/#!/ */
  video: 'video[class*="HTMLMedia-mediaElement"], video',
} as const;

/** The page's own storage key for the account's token, on a server's `/web`. */
const TOKEN_KEY = 'myPlexAccessToken';
const METADATA_TIMEOUT_MS = 5000;
const KEY_IN_LINK = /key=(?:%2F|\/)library(?:%2F|\/)metadata(?:%2F|\/)(\d{1,12})(?:&|$)/i;

const keyOfLink = (link: Element | null) => KEY_IN_LINK.exec(link?.getAttribute('href') ?? '')?.[1] ?? null;

async function metadataOf(server: PlexServer, key: string): Promise<PlexItem | null> {
  try {
    const response = await fetch(`${server.origin}/library/metadata/${key}?includeGuids=1`, {
      headers: { Accept: 'application/json', 'X-Plex-Token': server.token },
      credentials: 'omit',
      signal: AbortSignal.timeout(METADATA_TIMEOUT_MS),
    });
    return response.ok ? parsePlexMetadata(await response.text(), key) : null;
  } catch {
    return null;
  }
}

/** A film by its Guids, an episode by its show's (asked of the server), each with its words as the fallback. */
async function mediaOf(item: PlexItem, server: PlexServer): Promise<DetectedMedia | null> {
  if (item.type === 'movie') {
    const named = Object.keys(item.ids).length > 0 || item.title;
    return named ? { site: 'plex', kind: 'movie', ids: item.ids, title: item.title, year: item.year } : null;
  }
  if (item.type !== 'episode' || item.season === undefined || item.episode === undefined) return null;
  const show = item.showKey ? await metadataOf(server, item.showKey) : null;
  const showIds = show?.type === 'show' ? show.ids : {};
  const showTitle = item.showTitle ?? show?.title;
  if (Object.keys(showIds).length === 0 && !showTitle) return null;
  return {
    site: 'plex',
    kind: 'episode',
    ids: {},
    title: item.title,
    show: { ids: showIds, title: showTitle },
    season: item.season,
    episode: item.episode,
  };
}

const playingKeyOf = (doc: Document) =>
  keyOfLink(doc.querySelector(SELECTORS.itemLink)) ?? keyOfLink(doc.querySelector(SELECTORS.titleLink));

/** Plex Web's adapter over the page's own storage (where a server's `/web` keeps the account's token). */
export function createPlexPlayer(pageStorage: Pick<Storage, 'getItem'>): PlayerAdapter {
  // The items the server named as clips: a trailer or a cinema pre-roll plays as an ad (nothing counted,
  // and no "could not tell what is playing"), and is not asked about again.
  const extras = new Set<string>();
  return {
    service: 'plex',
    playingKey: (_location, doc) => playingKeyOf(doc),
    video: (doc) => doc.querySelector<HTMLVideoElement>(SELECTORS.video),
    isAd: (doc) => extras.has(playingKeyOf(doc) ?? ''),
    async nowPlaying(key, location, doc): Promise<NowPlaying | null> {
      if (extras.has(key)) return null;
      let stored: string | null = null;
      try {
        stored = pageStorage.getItem(TOKEN_KEY);
      } catch {
        // A page whose storage is blocked still names its server through its posters.
      }
      const server = plexServerOf(doc, location, stored);
      const item = server ? await metadataOf(server, key) : null;
      if (item?.type === 'clip') extras.add(key);
      const media = item && server ? await mediaOf(item, server) : null;
      return media ? { key, media } : null;
    },
  };
}
