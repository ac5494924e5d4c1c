/**
 * The import's plan from what the viewing-activity page read: each Netflix title looked up once
 * (the mirror, then `/search/id?netflix=`, cached), the mirror's watched films and episodes skipped,
 * and the preview's numbers. No write happens here.
 */

import type { Library } from '../../library/types';
import type { LibraryEntry } from '../../media';
import type { ImportShowData, ImportSummary } from '../../messaging';
import type { Resolver } from '../../resolve';
import type { WatchedSeasons } from '../../simkl/api';
import type { NetflixViewing } from '../../sites/netflix/history';
import type { EpisodeNumber, NetflixShow } from '../../sites/netflix/show';
import { type HistoryBatch, itemsIn } from './history-batches';
import { mirrorWatched } from './mirror-watched';
import { type ImportPlan, planImport, type TitleMatch } from './netflix-map';

export interface PlanServices {
  resolver: Resolver;
  library: Pick<Library, 'entries' | 'episodes'>;
}

function showsOf(data: readonly ImportShowData[]): Map<string, NetflixShow> {
  const shows = new Map<string, NetflixShow>();
  for (const show of data) {
    const episodes = new Map<string, EpisodeNumber>(
      show.episodes.map(([video, season, episode]) => [video, { season, episode }]),
    );
    shows.set(show.netflix, { netflix: show.netflix, title: show.title, year: show.year, episodes });
  }
  return shows;
}

/** One lookup per film and per show, one at a time (the client's limiter paces them). */
async function matchesOf(viewings: readonly NetflixViewing[], resolver: Resolver) {
  const kinds = new Map<string, 'movie' | 'show'>();
  for (const viewing of viewings) {
    if (viewing.seriesId) kinds.set(viewing.seriesId, 'show');
    else kinds.set(viewing.videoId, 'movie');
  }
  const matches = new Map<string, TitleMatch | null>();
  for (const [netflix, kind] of kinds) {
    const item = await resolver.resolve({ site: 'netflix', kind, ids: { netflix } });
    matches.set(netflix, item ? { simkl: item.ids.simkl, type: item.type, year: item.year } : null);
  }
  return matches;
}

export async function planFromHistory(
  viewings: readonly NetflixViewing[],
  shows: readonly ImportShowData[],
  { resolver, library }: PlanServices,
): Promise<ImportPlan> {
  const matches = await matchesOf(viewings, resolver);
  const entries = await library.entries();
  const isWatched = mirrorWatched(entries, await episodesOfSeries(entries, matches, library));
  return planImport(viewings, { shows: showsOf(shows), matches, isWatched });
}

/** The mirror's watched episodes of each listed series the history names and the user has not completed. */
async function episodesOfSeries(
  entries: readonly LibraryEntry[],
  matches: ReadonlyMap<string, TitleMatch | null>,
  library: Pick<Library, 'episodes'>,
): Promise<Map<number, WatchedSeasons>> {
  const named = new Set([...matches.values()].flatMap((match) => (match ? [match.simkl] : [])));
  const series = entries.filter(
    (entry) => entry.type !== 'movie' && entry.status !== 'completed' && named.has(entry.ids.simkl),
  );
  const found = new Map<number, WatchedSeasons>();
  for (const entry of series) {
    const seasons = await library.episodes(entry.type, entry.ids.simkl);
    if (seasons) found.set(entry.ids.simkl, seasons);
  }
  return found;
}

/**
 * The preview's numbers. `fresh` counts the batches the job will send (the same count the job keeps),
 * and a title Simkl's id search does not know is listed as not matched: it is not in those batches.
 */
export function summaryOf(plan: ImportPlan, batches: readonly HistoryBatch[]): ImportSummary {
  return {
    viewings: plan.viewings,
    movies: plan.movies,
    episodes: plan.episodes,
    shows: plan.shows,
    fresh: itemsIn(batches),
    unmatched: [...plan.unmatched, ...new Set(plan.unknown.map((target) => target.title))],
  };
}
