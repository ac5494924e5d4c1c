/**
 * Kitsu's URLs name an anime by slug; its number (Simkl's `kitsu` key) and MyAnimeList id come from
 * Kitsu's own API, same origin as the page (docs/sites.md, Kitsu: ids). Fetched from the content script
 * with the user's cookies, once per anime: the answer is kept with what the site's pages taught
 * (lib/store/learned-ids.ts), forgotten when the site is turned off.
 */
import type { DetectedMedia } from '../../media';
import { kitsuApiUrl, parseKitsuAnime } from '../../sites/kitsu/api';
import { kitsuPageOf } from '../../sites/kitsu/paths';
import { type LearnedIds, readLearnedIds, saveLearnedIds } from '../../store/learned-ids';
import { type FetchJson, fetchJson } from '../import/fetch-json';
import type { MediaResolver } from './run-site-script';

type KitsuIds = LearnedIds['ids'] | null;

/** Where answers are kept between visits: by the URL's key (slug or number). */
export interface KitsuIdStore {
  read(key: string): Promise<LearnedIds['ids'] | undefined>;
  save(key: string, ids: LearnedIds['ids']): Promise<void>;
}

const learnedStore: KitsuIdStore = {
  read: async (key) => (await readLearnedIds('kitsu'))[key]?.ids,
  save: (key, ids) => saveLearnedIds('kitsu', { [key]: { ids, kind: 'anime' } }),
};

export interface KitsuResolverDeps {
  load?: FetchJson;
  href?: () => string;
  store?: KitsuIdStore;
}

/**
 * A page that already shows both ids asks nothing; a kept answer is used as is; a failed lookup is
 * not kept, and keeps what the page gave (null when that names no id Simkl takes).
 */
export function createKitsuResolver(deps: KitsuResolverDeps = {}): MediaResolver {
  const { load = fetchJson, href = () => location.href, store = learnedStore } = deps;
  const pending = new Map<string, Promise<KitsuIds>>();
  const lookUp = async (key: string, url: string): Promise<KitsuIds> => {
    const kept = await store.read(key).catch(() => undefined);
    if (kept?.kitsu) return kept;
    const found = await load(url).then(parseKitsuAnime, () => null);
    if (found) await store.save(key, found).catch(() => undefined);
    return found;
  };
  return async (media) => {
    if (media.ids.kitsu && media.ids.mal) return media;
    const page = kitsuPageOf(href());
    if (!page) return media.ids.kitsu ? media : null;
    let lookup = pending.get(page.key);
    if (!lookup) {
      lookup = lookUp(page.key, kitsuApiUrl(page, new URL(href()).origin));
      pending.set(page.key, lookup);
    }
    const found = await lookup;
    if (!found) pending.delete(page.key);
    const ids = { ...found, ...media.ids };
    return ids.kitsu ? ({ ...media, ids } satisfies DetectedMedia) : null;
  };
}
