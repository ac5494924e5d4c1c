import { SimklError } from '../errors';
import type { SimklItem } from '../media';
import type { WriteTarget as ApiTarget, ScrobbleTarget, SimklApi, WriteResult } from '../simkl/api';
import { historySeasonsOf } from './episodes-action';
import type { EpisodesAction, WriteAction } from './types';

/**
 * The ids sent with a write: Simkl's own id plus the unambiguous external ones. TMDB and Netflix
 * ids are left out once the Simkl id is known (a TMDB id alone names two titles).
 */
function sendTarget(item: SimklItem): ApiTarget {
  const { simkl, imdb, mal } = item.ids;
  const ids = { simkl, ...(imdb ? { imdb } : {}), ...(mal ? { mal } : {}) };
  return { type: item.type, ids, title: item.title, year: item.year };
}

/** `/scrobble/stop`; Simkl's 409 says it already marked this within the hour, so it landed. */
async function scrobbleStop(api: SimklApi, target: ScrobbleTarget): Promise<null> {
  try {
    await api.scrobble('stop', target);
  } catch (error) {
    if (!(error instanceof SimklError && error.status === 409)) throw error;
  }
  return null;
}

/**
 * The contract's `use_tvdb_anime_seasons`, for /sync/history only (/scrobble/* maps TVDB numbers
 * itself, and the removal has no such flag): an anime numbered by TVDB seasons says so.
 */
const tvdbFlag = (action: { tvdbSeasons?: true }, target: ApiTarget) =>
  action.tvdbSeasons && target.type === 'anime' ? { useTvdbAnimeSeasons: true } : {};

/**
 * ONE history item naming its episodes. An item without seasons would mark (or, removed, drop)
 * the whole show, so a write that names no episode is refused rather than sent.
 */
function episodesCall(api: SimklApi, target: ApiTarget, action: EpisodesAction, at: string) {
  const seasons = historySeasonsOf(action);
  if (seasons.length === 0) throw new SimklError('bad-request', 'no episode');
  if (action.mode === 'unwatch') return api.removeFromHistory([{ ...target, seasons }]);
  return api.addToHistory([{ ...target, watchedAt: at, seasons, ...tvdbFlag(action, target) }]);
}

function call(
  api: SimklApi,
  target: ApiTarget,
  action: WriteAction,
  at: string,
  live: boolean,
): Promise<WriteResult | null> {
  if (live && action.kind === 'watched' && action.scrobble) {
    const { progress } = action.scrobble;
    if (action.scope === 'item') return scrobbleStop(api, { ...target, progress });
    return scrobbleStop(api, { ...target, season: action.season, episode: action.episode, progress });
  }
  switch (action.kind) {
    case 'status':
      return api.addToList([{ ...target, to: action.status }]);
    case 'watched':
      if (action.scope === 'item') return api.addToHistory([{ ...target, watchedAt: at }]);
      return api.addToHistory([
        {
          ...target,
          watchedAt: at,
          seasons: [{ number: action.season ?? 1, episodes: [{ number: action.episode }] }],
          ...tvdbFlag(action, target),
        },
      ]);
    case 'episodes':
      return episodesCall(api, target, action, at);
    case 'rate':
      return api.addRatings([{ ...target, rating: action.rating }]);
    case 'unrate':
      return api.removeRatings([target]);
    case 'remove':
      return api.removeFromHistory([target]);
    case 'checkin':
      return api.checkin({ ...target, season: action.season, episode: action.episode }).then(() => null);
  }
}

/** Sends one write; Simkl answers unmatched items with 2xx + not_found, which is a failure here. */
export async function sendWrite(
  api: SimklApi,
  item: SimklItem,
  action: WriteAction,
  at: string,
  /** A scrobbled stop that is still valid goes as `/scrobble/stop` rather than history. */
  live = false,
): Promise<void> {
  const result = await call(api, sendTarget(item), action, at, live);
  if (result && result.notFound > 0) {
    throw new SimklError('not-found');
  }
}
