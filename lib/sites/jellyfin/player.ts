import type { DetectedMedia } from '../../media';
import type { NowPlaying, PlayerAdapter } from '../../player/adapter';
import { type JellyfinSession, jellyfinSessionOf, type PageStorage } from './credentials';
import { ITEM_ID, type JellyfinItem, nowPlayingItemId, parseJellyfinItem } from './items';

/**
 * Jellyfin's and Emby's web player (docs/sites.md, Jellyfin and Emby: the player). The player route
 * plays the item whose id is in the <video>'s address (`/Videos/<id>/stream…`); a transcode played
 * through a `blob:` address is named by the page's own session on the server (`/Sessions?deviceId=`).
 * What plays comes from the server's item: its ProviderIds (an episode's show ids from its series),
 * its words the fallback. Asked with the page's token, of the page's own server only.
 */
const ROUTES = {
  /** Jellyfin's player route: https://jellyfin.example.org/web/index.html#/video */
  jellyfin: /^#!?\/video(?:$|[?/])/,
  /** Emby's: https://emby.example.org/web/index.html#!/videoosd/videoosd.html */
  emby: /^#!?\/videoosd\b/,
} as const;

const SELECTORS = {
  /** The player's media element: https://jellyfin.example.org/web/index.html#/video */
  video: 'video.htmlvideoplayer, video',
} as const;

const ITEM_IN_SRC = /\/videos\/([0-9a-f-]{32,36}|\d{1,12})\//i;
const ITEM_TIMEOUT_MS = 5000;

function playingKey(location: Location, doc: Document): string | null {
  if (!ROUTES.jellyfin.test(location.hash) && !ROUTES.emby.test(location.hash)) return null;
  return keyOfVideo(doc.querySelector<HTMLVideoElement>(SELECTORS.video));
}

/** The item the <video>'s address names, else its transcode's blob address; null without either. */
function keyOfVideo(video: HTMLVideoElement | null): string | null {
  const src = video?.currentSrc || video?.getAttribute('src') || '';
  const id = ITEM_IN_SRC.exec(src)?.[1];
  if (id && ITEM_ID.test(id)) return id;
  // A transcode's blob address is new for every item the player loads: it keys the playback.
  return src.startsWith('blob:') && src.length <= 200 ? src : null;
}

async function ask(session: JellyfinSession, path: string): Promise<string | null> {
  try {
    const response = await fetch(`${session.origin}${path}`, {
      headers: { Accept: 'application/json', 'X-Emby-Token': session.token },
      credentials: 'omit',
      signal: AbortSignal.timeout(ITEM_TIMEOUT_MS),
    });
    return response.ok ? await response.text() : null;
  } catch {
    return null;
  }
}

async function itemOf(session: JellyfinSession, id: string): Promise<JellyfinItem | null> {
  const user = encodeURIComponent(session.userId);
  // `/Users/<user>/Items/<id>` on Emby and Jellyfin up to 10.10; `/Items/<id>?userId=` on later Jellyfin.
  const body =
    (await ask(session, `/Users/${user}/Items/${id}`)) ?? (await ask(session, `/Items/${id}?userId=${user}`));
  return body ? parseJellyfinItem(body, id) : null;
}

async function itemIdOf(session: JellyfinSession, key: string): Promise<string | null> {
  if (ITEM_ID.test(key)) return key;
  if (!session.deviceId) return null;
  const body = await ask(session, `/Sessions?deviceId=${encodeURIComponent(session.deviceId)}`);
  return body ? nowPlayingItemId(body) : null;
}

async function mediaOf(item: JellyfinItem, session: JellyfinSession): Promise<DetectedMedia | null> {
  if (item.type === 'Movie') {
    const named = Object.keys(item.ids).length > 0 || item.title;
    return named
      ? { site: 'jellyfin', kind: 'movie', ids: item.ids, title: item.title, year: item.year }
      : null;
  }
  if (item.type !== 'Episode' || item.season === undefined || item.episode === undefined) return null;
  const series = item.seriesId ? await itemOf(session, item.seriesId) : null;
  const showIds = series?.type === 'Series' ? series.ids : {};
  const showTitle = item.seriesName ?? series?.title;
  if (Object.keys(showIds).length === 0 && !showTitle) return null;
  return {
    site: 'jellyfin',
    kind: 'episode',
    ids: {},
    title: item.title,
    show: { ids: showIds, title: showTitle },
    season: item.season,
    episode: item.episode,
  };
}

/** The Jellyfin and Emby web player's adapter over the page's own storage (its sign-in). */
export function createJellyfinPlayer(pageStorage: PageStorage): PlayerAdapter {
  // The playbacks the server named as extras: a trailer or a cinema intro plays as an ad (nothing
  // counted, and no "could not tell what is playing"), and is not asked about again.
  const extras = new Set<string>();
  return {
    service: 'jellyfin',
    playingKey,
    video: (doc) => doc.querySelector<HTMLVideoElement>(SELECTORS.video),
    isAd: (_doc, video) => extras.has(keyOfVideo(video) ?? ''),
    async nowPlaying(key, location): Promise<NowPlaying | null> {
      if (extras.has(key)) return null;
      const session = jellyfinSessionOf(pageStorage, location);
      const id = session ? await itemIdOf(session, key) : null;
      const item = session && id ? await itemOf(session, id) : null;
      if (item?.type === 'Extra') extras.add(key);
      const media = item && session ? await mediaOf(item, session) : null;
      return media ? { key, media } : null;
    },
  };
}
