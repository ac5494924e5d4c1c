/**
 * The import's plan from what the viewing-activity page read: each Netflix title looked up once
 * (the mirror, then `/search/id?netflix=`, cached; the plan job takes them one step at a time,
 * plan-job.ts), the mirror's watched films and episodes skipped, and the preview's numbers. No write
 * to Simkl happens here.
 */
import type { Library } from '../../library/types';
import type { LibraryEntry } from '../../media';
import type { ImportShowData } from '../../messaging';
import type { Resolver } from '../../resolve';
import type { WatchedSeasons } from '../../simkl/api';
import type { NetflixViewing } from '../../sites/netflix/history';
import type { EpisodeNumber, NetflixShow } from '../../sites/netflix/show';
import { mirrorWatched } from './mirror-watched';
import { byWatchedAt, type ImportPlan, type ImportTarget, planImport, type TitleMatch } from './netflix-map';

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

/** The Netflix title to look up for a film, or for a show: one lookup per title, oldest viewing first. */
export type TitleToMatch = [netflix: string, kind: 'movie' | 'show'];

export function titlesToMatch(viewings: readonly NetflixViewing[]): TitleToMatch[] {
  const kinds = new Map<string, 'movie' | 'show'>();
  for (const viewing of viewings) {
    if (viewing.seriesId) kinds.set(viewing.seriesId, 'show');
    else kinds.set(viewing.videoId, 'movie');
  }
  return [...kinds];
}

/** What Simkl's id search says of one Netflix title (the resolver: overrides, the mirror, the cache). */
export async function matchOf([netflix, kind]: TitleToMatch, resolver: Resolver): Promise<TitleMatch | null> {
  const item = await resolver.resolve({ site: 'netflix', kind, ids: { netflix } });
  return item ? { simkl: item.ids.simkl, type: item.type, year: item.year } : null;
}

/** One lookup per film and per show, one at a time (the client's limiter paces them). */
async function matchesOf(kinds: ReadonlyMap<string, 'movie' | 'show'>, resolver: Resolver) {
  const matches = new Map<string, TitleMatch | null>();
  for (const title of kinds) matches.set(title[0], await matchOf(title, resolver));
  return matches;
}

/** The plan once every title was looked up (the plan job's last step: the mirror alone, no request). */
export async function planFromMatches(
  viewings: readonly NetflixViewing[],
  shows: readonly ImportShowData[],
  matches: ReadonlyMap<string, TitleMatch | null>,
  library: PlanServices['library'],
): Promise<ImportPlan> {
  const entries = await library.entries();
  const isWatched = mirrorWatched(entries, await episodesOfSeries(entries, matches, library));
  return planImport(viewings, { shows: showsOf(shows), matches, isWatched });
}

/**
 * The titles Simkl's id search did not know, looked up again after the user found one's match ("Not
 * this?" overrides beat every cached lookup): what now has a Simkl id and is not watched yet joins
 * what is sent, the rest stays listed.
 */
export async function rematchUnknown(
  unknown: readonly ImportTarget[],
  { resolver, library }: PlanServices,
): Promise<{ found: ImportTarget[]; still: ImportTarget[] }> {
  const kinds = new Map(unknown.map((target) => [target.ids.netflix ?? '', target.kind]));
  const matches = await matchesOf(kinds, resolver);
  const entries = await library.entries();
  const isWatched = mirrorWatched(entries, await episodesOfSeries(entries, matches, library));
  const found: ImportTarget[] = [];
  const still: ImportTarget[] = [];
  for (const target of unknown) {
    const netflix = target.ids.netflix ?? '';
    const match = matches.get(netflix);
    if (!match) {
      still.push(target);
      continue;
    }
    const placed: ImportTarget = { ...target, ids: { simkl: match.simkl, netflix } };
    if (match.year !== undefined) placed.year = match.year;
    if (!isWatched(placed)) found.push(placed);
  }
  return { found: found.sort(byWatchedAt), still };
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
