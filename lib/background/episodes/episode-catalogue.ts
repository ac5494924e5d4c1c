/**
 * Simkl's episode list of a show or anime, for season progress, "mark watched up to here" and a
 * season's writes: cached in IndexedDB for a day, so a title costs one Simkl request a day at most
 * (two pages asking at once share it). A failed fetch is not cached: the next ask tries again.
 */
import { createStore, get, set, type UseStore } from 'idb-keyval';
import { type ExpiringCache, expiringCache } from '../../idb/expiring';
import { isAiredEpisode } from '../../library/episode-state';
import type { CatalogueEpisodeView } from '../../messaging';
import type { EpisodeInfo, SimklClient } from '../../simkl/api';

export const CATALOGUE_TTL_MS = 24 * 60 * 60 * 1000;

type SeriesType = 'show' | 'anime';
/** A regular episode of Simkl's list (specials and season 0 are never kept). */
export type CatalogueEpisode = EpisodeInfo & { episode: number };

interface CachedCatalogue {
  fetchedAt: number;
  /** Regular episodes only, without images (specials and season 0 never count). */
  episodes: CatalogueEpisode[];
}

/** The catalogue is also a cache of Simkl's answers: counted, cleared and pruned with the others. */
export interface EpisodeCatalogue extends ExpiringCache {
  /** The title's regular episodes in order; null when Simkl has none. Throws why Simkl could not be asked. */
  episodes(type: SeriesType, simkl: number): Promise<CatalogueEpisode[] | null>;
}

const isFresh = (cached: CachedCatalogue, now: number) =>
  now - cached.fetchedAt < CATALOGUE_TTL_MS && now >= cached.fetchedAt;

export function openCatalogueDb(name = 'simkl-extension-catalogue'): UseStore {
  return createStore(name, 'episodes');
}

const isRegular = (info: EpisodeInfo): info is CatalogueEpisode =>
  info.type !== 'special' && info.season !== 0 && info.episode !== undefined;

function slim({ type, season, episode, title, aired, date }: CatalogueEpisode): CatalogueEpisode {
  return { type, episode, season, title, aired, date };
}

const byOrder = (a: CatalogueEpisode, b: CatalogueEpisode) =>
  (a.season ?? 1) - (b.season ?? 1) || a.episode - b.episode;

export function createEpisodeCatalogue(deps: {
  api: Pick<SimklClient, 'episodes'>;
  db: UseStore;
  now?: () => number;
}): EpisodeCatalogue {
  const { api, db, now = Date.now } = deps;
  const inFlight = new Map<string, Promise<CatalogueEpisode[] | null>>();

  async function fetchAndKeep(key: string, type: SeriesType, simkl: number) {
    const cached = await get<CachedCatalogue>(key, db);
    if (cached && isFresh(cached, now())) return cached.episodes;
    const listed = await api.episodes(type, simkl);
    if (!listed) return null;
    const episodes = listed.filter(isRegular).map(slim).sort(byOrder);
    await set(key, { fetchedAt: now(), episodes } satisfies CachedCatalogue, db);
    return episodes;
  }

  return {
    episodes(type, simkl) {
      const key = `${type}:${simkl}`;
      const running = inFlight.get(key);
      if (running) return running;
      const next = fetchAndKeep(key, type, simkl).finally(() => inFlight.delete(key));
      inFlight.set(key, next);
      return next;
    },
    ...expiringCache<CachedCatalogue>(db, (cached, at) => !isFresh(cached, at)),
  };
}

/** What the pages and the popup get: season, episode, title and whether it has aired by `now`. */
export function catalogueView(episodes: readonly CatalogueEpisode[], now: number): CatalogueEpisodeView[] {
  return episodes.map((info) => {
    const view: CatalogueEpisodeView = {
      season: info.season ?? 1,
      episode: info.episode,
      aired: isAiredEpisode(info, now),
    };
    if (info.title) view.title = info.title;
    return view;
  });
}
