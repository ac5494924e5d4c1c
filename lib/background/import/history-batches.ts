/**
 * The import's writes: targets grouped into `/sync/history` bodies, many items per POST (the service
 * allows one POST a second). Each batch names its keys, so the import can mark them sent together.
 */
import type { MediaIds } from '../../media';
import type { ImportTarget } from './netflix-map';

/** Films and episodes per POST: big enough to keep the request count low, small enough to retry. */
export const BATCH_SIZE = 100;

interface MovieItem {
  ids: MediaIds;
  title: string;
  year?: number;
  watched_at: string;
}

interface ShowItem {
  ids: MediaIds;
  title: string;
  year?: number;
  seasons: { number: number; episodes: { number: number; watched_at: string }[] }[];
}

export interface HistoryBody {
  movies?: MovieItem[];
  shows?: ShowItem[];
}

export interface HistoryBatch {
  keys: string[];
  body: HistoryBody;
}

function withYear<T extends object>(item: T, year: number | undefined): T & { year?: number } {
  return year === undefined ? item : { ...item, year };
}

/** The shows of one batch: one item per show, its episodes under their seasons. */
function showItems(targets: readonly ImportTarget[]): ShowItem[] {
  const shows = new Map<string, ShowItem>();
  for (const target of targets) {
    if (!target.episode) continue;
    const id = JSON.stringify(target.ids);
    let show = shows.get(id);
    if (!show) {
      show = withYear({ ids: target.ids, title: target.title, seasons: [] }, target.year);
      shows.set(id, show);
    }
    let season = show.seasons.find((s) => s.number === target.episode?.season);
    if (!season) {
      season = { number: target.episode.season, episodes: [] };
      show.seasons.push(season);
    }
    season.episodes.push({ number: target.episode.episode, watched_at: target.watchedAt });
  }
  return [...shows.values()];
}

function bodyOf(targets: readonly ImportTarget[]): HistoryBody {
  const body: HistoryBody = {};
  const movies = targets
    .filter((target) => target.kind === 'movie')
    .map((t) => withYear({ ids: t.ids, title: t.title, watched_at: t.watchedAt }, t.year));
  const shows = showItems(targets.filter((target) => target.kind === 'show'));
  if (movies.length) body.movies = movies;
  if (shows.length) body.shows = shows;
  return body;
}

export function historyBatches(targets: readonly ImportTarget[], size = BATCH_SIZE): HistoryBatch[] {
  const batches: HistoryBatch[] = [];
  for (let start = 0; start < targets.length; start += size) {
    const slice = targets.slice(start, start + size);
    batches.push({ keys: slice.map((target) => target.key), body: bodyOf(slice) });
  }
  return batches;
}

/** Films and episodes in these batches: the preview's button and the job count them the same way. */
export function itemsIn(batches: readonly HistoryBatch[]): number {
  return batches.reduce((sum, batch) => sum + batch.keys.length, 0);
}
