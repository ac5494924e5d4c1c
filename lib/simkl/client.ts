/**
 * The endpoints (docs/simkl-api.md, Endpoints): each method is a request through the transport and a parse of
 * the answer. Catalog reads are sent without Authorization (it breaks Simkl's edge cache).
 */
import type { SimklType } from '../media';
import type { IdQuery, SimklClient } from './api';
import { parseActivities } from './parse-activities';
import { parseCatalogueRatings, parseEpisodes, parsePublicRatings } from './parse-catalog';
import { parseLibrary, parseLibraryIds, parseRatings } from './parse-library';
import { parseSearchById, parseSearchText } from './parse-search';
import { parseUserSettings } from './parse-user';
import { parseWatched } from './parse-watched';
import { parseWriteResult } from './parse-write';
import type { Transport, TransportRequest } from './transport-types';
import { checkinBody, historyBody, listBody, ratingsBody, targetsBody } from './write-bodies';

const CATALOG_SEGMENT: Record<SimklType, string> = { movie: 'movies', show: 'tv', anime: 'anime' };
const SEARCH_SEGMENT: Record<SimklType, string> = { movie: 'movie', show: 'tv', anime: 'anime' };

/** `/search/id` takes one id; the surest first. */
function idParams(query: IdQuery): TransportRequest['query'] | undefined {
  if (query.simkl) return { simkl: query.simkl };
  if (query.imdb) return { imdb: query.imdb };
  if (query.tmdb) return { tmdb: query.tmdb, type: query.tmdbType };
  if (query.mal) return { mal: query.mal };
  if (query.anidb) return { anidb: query.anidb };
  if (query.tvdb) return { tvdb: query.tvdb };
  if (query.animeplanet) return { animeplanet: query.animeplanet };
  if (query.netflix) return { netflix: query.netflix };
  if (query.anilist) return { anilist: query.anilist };
  if (query.kitsu) return { kitsu: query.kitsu };
  if (query.livechart) return { livechart: query.livechart };
  if (query.crunchyroll) return { crunchyroll: query.crunchyroll };
  if (query.hulu) return { hulu: query.hulu };
  // Last: a title is the least precise key (docs/simkl-api.md, Search).
  if (query.title) return { title: query.title, type: query.titleType };
  return undefined;
}

export function createSimklApi(transport: Transport): SimklClient {
  const read = async (
    path: string,
    query?: TransportRequest['query'],
    auth: TransportRequest['auth'] = 'required',
  ) => (await transport.request({ path, query, auth })).data;
  const write = async (path: string, body: unknown) =>
    (await transport.request({ method: 'POST', path, body })).data;

  return {
    async searchById(query) {
      const params = idParams(query);
      return params ? parseSearchById(await read('/search/id', params, 'optional')) : [];
    },
    async searchText(type, query, options = {}) {
      const params = { q: query, page: options.page, limit: options.limit };
      return parseSearchText(await read(`/search/${SEARCH_SEGMENT[type]}`, params, 'optional'), type);
    },
    activities: async () => parseActivities(await read('/sync/activities')),
    async allItems(query) {
      const path = ['/sync/all-items', query.type, query.type && query.status].filter(Boolean).join('/');
      const episodes = query.episodes === true && query.type !== 'movies';
      const params = {
        date_from: query.dateFrom,
        extended: query.full || episodes ? 'full' : undefined,
        episode_watched_at: episodes ? 'yes' : undefined,
        include_all_episodes: episodes ? 'yes' : undefined,
      };
      return parseLibrary(await read(path, params), { episodes });
    },
    allItemIds: async (type) =>
      parseLibraryIds(await read(`/sync/all-items/${type}`, { extended: 'simkl_ids_only' })),
    async ratings(query) {
      const path = query.type ? `/sync/ratings/${query.type}` : '/sync/ratings';
      return parseRatings(await read(path, { date_from: query.dateFrom }));
    },
    addToList: async (items) => parseWriteResult(await write('/sync/add-to-list', listBody(items))),
    addToHistory: async (items) => parseWriteResult(await write('/sync/history', historyBody(items))),
    removeFromHistory: async (items) =>
      parseWriteResult(await write('/sync/history/remove', historyBody(items))),
    addRatings: async (items) => parseWriteResult(await write('/sync/ratings', ratingsBody(items))),
    removeRatings: async (items) => parseWriteResult(await write('/sync/ratings/remove', targetsBody(items))),
    async checkin(target) {
      await transport.request({
        method: 'POST',
        path: '/scrobble/checkin',
        body: checkinBody(target),
        expect: 'none',
      });
    },
    async scrobble(kind, target) {
      const body = { ...checkinBody(target), progress: Math.round(target.progress * 100) / 100 };
      await transport.request({ method: 'POST', path: `/scrobble/${kind}`, body, expect: 'none' });
    },
    userSettings: async () => parseUserSettings(await read('/users/settings')),
    episodes: async (type, simkl) =>
      parseEpisodes(await read(`/${CATALOG_SEGMENT[type]}/episodes/${simkl}`, {}, 'none')),
    postHistory: async (body) => parseWriteResult(await write('/sync/history', body)),
    watched: async (items) => parseWatched(await write('/sync/watched', items)),
    async publicRatings(id) {
      const params = idParams(typeof id === 'number' ? { simkl: id } : id);
      if (!params) return null;
      const query = { ...params, fields: 'simkl,ext,rank,droprate' };
      return parsePublicRatings(await read('/ratings', query, 'optional'));
    },
    catalogueRatings: async (type, id) =>
      parseCatalogueRatings(
        await read(`/${CATALOG_SEGMENT[type]}/${id}`, { extended: 'full' }, 'none'),
        type,
      ),
  };
}
