/**
 * A batch whose answer was lost (the worker stopped mid-POST, the connection dropped) may have
 * landed. Before it is posted again, Simkl is asked (`/sync/watched`, one POST for the batch) which
 * of its films and episodes are already watched, and only the rest is sent: no item twice.
 */
import { SimklError } from '../../errors';
import type { MediaIds } from '../../media';
import type { SimklClient } from '../../simkl/api';
import type { HistoryBody } from './history-batches';
import type { VerifyBatch } from './import-job';

export interface WatchedQuery {
  type: 'movie' | 'show';
  ids: MediaIds;
  title: string;
  year?: number;
  season?: number;
  episode?: number;
}

/** Whether each query is already watched on Simkl, in order. */
export type WatchedCheck = (queries: WatchedQuery[]) => Promise<boolean[]>;

function queriesOf(body: HistoryBody): WatchedQuery[] {
  const movies = (body.movies ?? []).map(({ ids, title, year }) => ({
    type: 'movie' as const,
    ids,
    title,
    year,
  }));
  const episodes = (body.shows ?? []).flatMap(({ ids, title, year, seasons }) =>
    seasons.flatMap((season) =>
      season.episodes.map((ep) => ({
        type: 'show' as const,
        ids,
        title,
        year,
        season: season.number,
        episode: ep.number,
      })),
    ),
  );
  return [...movies, ...episodes];
}

export function createBatchVerifier(check: WatchedCheck): VerifyBatch {
  return async (batch) => {
    const queries = queriesOf(batch.body);
    const landed = await check(queries);
    // The answer is read by position: one of another length cannot say which item it is about, so
    // it says nothing (the batch stays in flight and is asked about again, never posted blind).
    if (landed.length !== queries.length) {
      throw new SimklError(
        'invalid-response',
        `Simkl answered ${landed.length} of ${queries.length} questions.`,
      );
    }
    let at = 0;
    const isLeft = () => landed[at++] !== true;
    const body: HistoryBody = {};
    const movies = (batch.body.movies ?? []).filter(isLeft);
    const shows = (batch.body.shows ?? []).flatMap((show) => {
      const seasons = show.seasons
        .map((season) => ({ ...season, episodes: season.episodes.filter(isLeft) }))
        .filter((season) => season.episodes.length > 0);
      return seasons.length > 0 ? [{ ...show, seasons }] : [];
    });
    if (movies.length) body.movies = movies;
    if (shows.length) body.shows = shows;
    return movies.length || shows.length ? { keys: batch.keys, body } : null;
  };
}

/** The verifier on Simkl's `/sync/watched`. */
export function simklBatchVerifier(api: Pick<SimklClient, 'watched'>): VerifyBatch {
  return createBatchVerifier(async (queries) => {
    const answers = await api.watched(queries);
    // A film counts as landed once completed; an episode once watched. What Simkl does not know
    // at all it would not place a second time either: sending it again would only double the request.
    return answers.map((answer, at) => {
      if (answer.notFound) return true;
      return queries[at]?.type === 'movie' ? answer.watched && answer.list === 'completed' : answer.watched;
    });
  });
}
