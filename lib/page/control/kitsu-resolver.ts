/**
 * Kitsu's URLs name an anime by slug; its number (Simkl's `kitsu` key) and MyAnimeList id come from
 * Kitsu's own API, same origin as the page (docs/sites.md, Kitsu: ids). Fetched from the content script
 * with the user's cookies, once per anime per page session.
 */
import type { DetectedMedia } from '../../media';
import { kitsuApiUrl, parseKitsuAnime } from '../../sites/kitsu/api';
import { kitsuPageOf } from '../../sites/kitsu/paths';
import { type FetchJson, fetchJson } from '../import/fetch-json';
import type { MediaResolver } from './run-site-script';

type KitsuIds = ReturnType<typeof parseKitsuAnime>;

/**
 * A resolver with its own per-anime cache. A page that already knows both ids asks nothing; a failed
 * lookup is not cached, and keeps what the page gave (null when that names no id Simkl takes).
 */
export function createKitsuResolver(load: FetchJson = fetchJson, href = () => location.href): MediaResolver {
  const cache = new Map<string, Promise<KitsuIds>>();
  return async (media) => {
    if (media.ids.kitsu && media.ids.mal) return media;
    const page = kitsuPageOf(href());
    if (!page) return media.ids.kitsu ? media : null;
    let lookup = cache.get(page.key);
    if (!lookup) {
      lookup = load(kitsuApiUrl(page, new URL(href()).origin)).then(parseKitsuAnime, () => null);
      cache.set(page.key, lookup);
    }
    const found = await lookup;
    if (!found) cache.delete(page.key);
    const ids = { ...found, ...media.ids };
    return ids.kitsu ? ({ ...media, ids } satisfies DetectedMedia) : null;
  };
}
