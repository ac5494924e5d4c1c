/**
 * The import's plan from what the viewing-activity page read: each Netflix title looked up once
 * (the mirror, then `/search/id?netflix=`, cached), the mirror's watched films and shows skipped,
 * and the preview's numbers. No write happens here.
 */

import { mirrorWatched } from '../import/mirror-watched';
import { type ImportPlan, planImport, type TitleMatch } from '../import/netflix-map';
import type { EpisodeNumber, NetflixShow } from '../import/netflix-show';
import type { Library } from '../library/types';
import type { ImportShowData, ImportSummary } from '../messaging';
import type { Resolver } from '../resolve';
import type { NetflixViewing } from '../sites/netflix-history';

export interface PlanServices {
  resolver: Resolver;
  library: Pick<Library, 'entries'>;
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
  const isWatched = mirrorWatched(await library.entries());
  return planImport(viewings, { shows: showsOf(shows), matches, isWatched });
}

/**
 * The preview's numbers. A title Simkl's id search does not know is still sent by its title (Simkl
 * may match it), but it is listed as not matched rather than counted as new.
 */
export function summaryOf(plan: ImportPlan): ImportSummary {
  const unknown = plan.targets.filter((target) => target.ids.simkl === undefined);
  return {
    viewings: plan.viewings,
    movies: plan.movies,
    episodes: plan.episodes,
    shows: plan.shows,
    fresh: plan.targets.length - unknown.length,
    unmatched: [...plan.unmatched, ...new Set(unknown.map((target) => target.title))],
  };
}
