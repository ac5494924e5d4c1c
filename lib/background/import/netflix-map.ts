/**
 * The import's plan: every Netflix viewing mapped to what `/sync/history` takes. Pure: the
 * background gathers the show metadata, the id lookups and the mirror's answers first, so the
 * preview and the import read the same plan.
 */
import { type MediaIds, type SimklType, WATCHED_AT_PERCENT } from '../../media';
import type { NetflixViewing } from '../../sites/netflix/history';
import type { EpisodeNumber, NetflixShow } from '../../sites/netflix/show';

/** What `/search/id?netflix=` said about a Netflix title id. */
export interface TitleMatch {
  simkl: number;
  type: SimklType;
  year?: number;
}

export interface ImportTarget {
  /** One per Netflix video: the import's unit of "sent once". */
  key: string;
  /** Where the item goes in the history body: films, or series (anime included). */
  kind: 'movie' | 'show';
  ids: MediaIds;
  title: string;
  year?: number;
  episode?: EpisodeNumber;
  /** The Netflix date, sent as `watched_at`. */
  watchedAt: string;
}

export interface ImportContext {
  /** By the show's title id; null when its metadata could not be read. */
  shows: ReadonlyMap<string, NetflixShow | null>;
  /** By Netflix title id (the movie, or the show); null or absent: unknown to Simkl's id search. */
  matches: ReadonlyMap<string, TitleMatch | null>;
  /** Whether the mirror already has this film or episode as watched. */
  isWatched(target: ImportTarget): boolean;
}

export interface ImportPlan {
  viewings: number;
  movies: number;
  episodes: number;
  shows: number;
  /** What is new to Simkl, one per video, oldest first: all of it has a Simkl id. */
  targets: ImportTarget[];
  /**
   * Films and episodes whose title Simkl's id search does not know: listed in the preview, never
   * sent. Simkl would guess them by title and year, and the user never saw what it would pick.
   */
  unknown: ImportTarget[];
  alreadyWatched: number;
  /** Videos never watched to 80 % (when Netflix knew the duration). */
  tooShort: number;
  /** Labels of the episodes whose show does not list them. */
  unmatched: string[];
}

function farEnough(viewing: NetflixViewing): boolean {
  const { watchedSeconds, durationSeconds } = viewing;
  if (watchedSeconds === undefined || durationSeconds === undefined) return true;
  return watchedSeconds >= durationSeconds * (WATCHED_AT_PERCENT / 100);
}

function label(viewing: NetflixViewing): string {
  if (!viewing.seriesTitle) return viewing.title;
  const parts = [viewing.seriesTitle, viewing.seasonLabel, viewing.episodeTitle ?? viewing.title];
  return parts.filter(Boolean).join(': ');
}

function titleIds(netflix: string, match: TitleMatch | null | undefined): MediaIds {
  return match ? { simkl: match.simkl, netflix } : { netflix };
}

/** The film or episode a viewing names, or null when its show does not list it. */
function targetOf(viewing: NetflixViewing, context: ImportContext): ImportTarget | null {
  const key = `netflix:${viewing.videoId}`;
  const { watchedAt } = viewing;
  if (!viewing.seriesId) {
    const match = context.matches.get(viewing.videoId);
    const target: ImportTarget = {
      key,
      kind: 'movie',
      ids: titleIds(viewing.videoId, match),
      title: viewing.title,
      watchedAt,
    };
    if (match?.year !== undefined) target.year = match.year;
    return target;
  }
  const show = context.shows.get(viewing.seriesId);
  const episode = show?.episodes.get(viewing.videoId);
  if (!show || !episode) return null;
  const match = context.matches.get(viewing.seriesId);
  const title = show.title ?? viewing.seriesTitle ?? viewing.title;
  const target: ImportTarget = {
    key,
    kind: 'show',
    ids: titleIds(viewing.seriesId, match),
    title,
    episode,
    watchedAt,
  };
  const year = match?.year ?? show.year;
  if (year !== undefined) target.year = year;
  return target;
}

/** The order targets are sent in: oldest first. */
export function byWatchedAt(a: ImportTarget, b: ImportTarget): number {
  return a.watchedAt.localeCompare(b.watchedAt) || a.key.localeCompare(b.key);
}

/** Each video once: its latest viewing that reached 80 %, else its latest viewing at all. */
function byVideo(viewings: readonly NetflixViewing[]): Map<string, NetflixViewing> {
  const chosen = new Map<string, NetflixViewing>();
  for (const viewing of viewings) {
    const current = chosen.get(viewing.videoId);
    const better =
      !current ||
      (farEnough(viewing) && !farEnough(current)) ||
      (farEnough(viewing) === farEnough(current) && viewing.watchedAt > current.watchedAt);
    if (better) chosen.set(viewing.videoId, viewing);
  }
  return chosen;
}

export function planImport(viewings: readonly NetflixViewing[], context: ImportContext): ImportPlan {
  const videos = byVideo(viewings);
  const plan: ImportPlan = {
    viewings: viewings.length,
    movies: 0,
    episodes: 0,
    shows: new Set(viewings.flatMap((v) => (v.seriesId ? [v.seriesId] : []))).size,
    targets: [],
    alreadyWatched: 0,
    tooShort: 0,
    unmatched: [],
    unknown: [],
  };
  for (const viewing of videos.values()) {
    if (viewing.seriesId) plan.episodes++;
    else plan.movies++;
    const target = targetOf(viewing, context);
    if (!target) plan.unmatched.push(label(viewing));
    else if (!farEnough(viewing)) plan.tooShort++;
    else if (target.ids.simkl === undefined) plan.unknown.push(target);
    else if (context.isWatched(target)) plan.alreadyWatched++;
    else plan.targets.push(target);
  }
  plan.targets.sort(byWatchedAt);
  return plan;
}
