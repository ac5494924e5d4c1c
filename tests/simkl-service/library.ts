/**
 * The rules Simkl applies when a library changes: which list an item lands in, the silent rewrites
 * (movie watching → completed, airing show completed → watching, rating an unlisted item adds it),
 * and which `/sync/activities` clocks move. Every write route goes through these functions.
 */
import { type Episode, episodesOf } from './catalogue/episodes';
import type { Title } from './catalogue/index';
import type { ListStatus } from './types';
import { type BucketKey, bump, type EntryState, type Stamp, type UserState } from './users';

const LIST_STATUSES: ListStatus[] = ['plantowatch', 'watching', 'completed', 'hold', 'dropped'];
const MOVIE_STATUSES: ListStatus[] = ['plantowatch', 'completed', 'dropped'];

export function isListStatus(value: unknown): value is ListStatus {
  return typeof value === 'string' && (LIST_STATUSES as string[]).includes(value);
}

export function episodeKey(season: number, episode: number): string {
  return `${season}:${episode}`;
}

function touchEntry(user: UserState, entry: EntryState, keys: BucketKey[], stamp: Stamp): void {
  entry.changed = stamp;
  bump(user, entry.kind, keys, stamp);
}

/** The item's entry, created if new; `previous` is its list before this request (null when new). */
export function upsert(user: UserState, title: Title, stamp: Stamp, addedAt?: string) {
  const existing = user.library.get(title.simkl);
  if (existing) return { entry: existing, previous: existing.status as ListStatus | null };
  const entry: EntryState = {
    simkl: title.simkl,
    kind: title.kind,
    status: 'plantowatch',
    rating: null,
    ratedAt: null,
    ratingChangedMs: null,
    addedAt: addedAt ?? stamp.iso,
    lastWatchedAt: null,
    watched: new Map(),
    changed: stamp,
  };
  user.library.set(title.simkl, entry);
  user.tombstones.delete(title.simkl);
  return { entry, previous: null };
}

/**
 * Stores the list, moving the new list's clock and the one the item left. Films only know plantowatch,
 * completed and dropped: anything else becomes completed (Simkl's silent rewrite). Returns the list stored.
 */
export function setStatus(
  user: UserState,
  title: Title,
  entry: EntryState,
  previous: ListStatus | null,
  wanted: ListStatus,
  stamp: Stamp,
  extraKeys: BucketKey[] = [],
): ListStatus {
  const status = title.kind === 'movie' && !MOVIE_STATUSES.includes(wanted) ? 'completed' : wanted;
  const keys: BucketKey[] = [status, ...extraKeys];
  if (previous && previous !== status) keys.push(previous);
  entry.status = status;
  touchEntry(user, entry, keys, stamp);
  return status;
}

/** Marks episodes watched; returns how many were newly marked. Films just record the watch. */
export function markWatched(entry: EntryState, episodes: Episode[], watchedAt: string): number {
  let added = 0;
  for (const ep of episodes) {
    const key = episodeKey(ep.season, ep.episode);
    if (entry.watched.has(key)) continue;
    entry.watched.set(key, watchedAt);
    added++;
  }
  if (added > 0 || episodes.length === 0) {
    if (!entry.lastWatchedAt || watchedAt > entry.lastWatchedAt) entry.lastWatchedAt = watchedAt;
  }
  return added;
}

/** Takes episodes back; `last_watched_at` falls back to the latest episode still watched (or null). */
export function unmarkWatched(entry: EntryState, keys: string[]): number {
  let removed = 0;
  for (const key of keys) if (entry.watched.delete(key)) removed++;
  if (removed > 0) {
    const left = [...entry.watched.values()].sort();
    entry.lastWatchedAt = left.at(-1) ?? null;
  }
  return removed;
}

/**
 * The list a series belongs in after its episodes changed: everything out and all watched → completed;
 * some watched → watching; otherwise where it was. An airing title is never completed (Simkl keeps it in
 * watching).
 */
export function seriesStatus(
  title: Title,
  entry: EntryState,
  nowMs: number,
  current: ListStatus,
): ListStatus {
  const episodes = episodesOf(title, nowMs);
  const aired = episodes.filter((ep) => ep.aired);
  const allWatched =
    aired.length > 0 && aired.every((ep) => entry.watched.has(episodeKey(ep.season, ep.episode)));
  if (allWatched && aired.length === episodes.length && !title.airing) return 'completed';
  return entry.watched.size > 0 ? 'watching' : current;
}

/**
 * One film or one episode watched, the way every write records it (history, a settled check-in, a
 * scrobble): a film completes; a series gets the episode and the list its episodes call for.
 */
export function watchOne(
  user: UserState,
  title: Title,
  episode: Episode | undefined,
  watchedAt: string,
  stamp: Stamp,
  nowMs: number,
  addedAt?: string,
): { status: ListStatus; added: number } {
  const { entry, previous } = upsert(user, title, stamp, addedAt);
  if (title.kind === 'movie') {
    markWatched(entry, [], watchedAt);
    return { status: setStatus(user, title, entry, previous, 'completed', stamp), added: 0 };
  }
  const added = episode ? markWatched(entry, [episode], watchedAt) : 0;
  const wanted = seriesStatus(title, entry, nowMs, previous ?? 'watching');
  return { status: setStatus(user, title, entry, previous, wanted, stamp), added };
}

export function airedEpisodes(title: Title, nowMs: number): Episode[] {
  return episodesOf(title, nowMs).filter((ep) => ep.aired);
}

/** Rating an unlisted item adds it: films to completed, series to watching (docs/simkl-api.md, Sync writes). */
export function rate(user: UserState, title: Title, rating: number, ratedAt: string, stamp: Stamp) {
  const { entry, previous } = upsert(user, title, stamp);
  entry.rating = rating;
  entry.ratedAt = ratedAt;
  entry.ratingChangedMs = stamp.ms;
  if (previous) {
    touchEntry(user, entry, ['rated_at'], stamp);
    return entry;
  }
  const film = title.kind === 'movie' || title.animeType === 'movie';
  if (film) markWatched(entry, airedEpisodes(title, stamp.ms), stamp.iso);
  setStatus(user, title, entry, null, film ? 'completed' : 'watching', stamp, ['rated_at']);
  return entry;
}

export function unrate(user: UserState, entry: EntryState, stamp: Stamp): boolean {
  if (entry.rating === null) return false;
  entry.rating = null;
  entry.ratedAt = null;
  entry.ratingChangedMs = stamp.ms;
  touchEntry(user, entry, ['rated_at'], stamp);
  return true;
}

/** Removing an item removes its rating too; the ratings delta then reports it as `null`. */
export function removeEntry(user: UserState, entry: EntryState, stamp: Stamp): void {
  user.library.delete(entry.simkl);
  const keys: BucketKey[] = ['removed_from_list'];
  if (entry.rating !== null) {
    user.tombstones.set(entry.simkl, { kind: entry.kind, changed: stamp });
    keys.push('rated_at');
  }
  bump(user, entry.kind, keys, stamp);
}
