import type { LibraryEntry, ListStatus, SimklItem } from '../media';
import { formatEpisodeCode } from './episode-code';
import type { EntryPatch } from './types';

/**
 * What Simkl does to a status the type cannot hold, movie watching → completed
 * (docs/simkl-api.md, Sync writes).
 */
function statusFor(item: SimklItem, status: ListStatus): ListStatus {
  if (item.type === 'movie' && (status === 'watching' || status === 'hold')) return 'completed';
  return status;
}

function newEntry(item: SimklItem, status: ListStatus): LibraryEntry {
  return { ...item, status: statusFor(item, status), rating: null };
}

function markWatched(entry: LibraryEntry, watched: NonNullable<EntryPatch['watched']>, at?: string) {
  const next: LibraryEntry = { ...entry, lastWatchedAt: at ?? entry.lastWatchedAt };
  if (entry.type === 'movie' || watched === 'all') {
    next.status = 'completed';
    if (entry.type !== 'movie' && entry.totalEpisodes !== undefined)
      next.watchedEpisodes = entry.totalEpisodes;
    if (entry.type !== 'movie') next.nextToWatch = null;
    return next;
  }
  const total = entry.totalEpisodes;
  const watchedCount = (entry.watchedEpisodes ?? 0) + 1;
  next.watchedEpisodes = total === undefined ? watchedCount : Math.min(total, watchedCount);
  next.lastWatched = formatEpisodeCode(watched);
  // Keep "next episode" moving until the sync brings Simkl's own answer (it knows season ends).
  if (entry.nextToWatch === next.lastWatched) {
    next.nextToWatch = formatEpisodeCode({ season: watched.season, episode: watched.episode + 1 });
  }
  if (entry.status === 'plantowatch') next.status = 'watching';
  return next;
}

/** A batch of episodes marked (already narrowed to the new ones) or taken back. */
function countEpisodes(entry: LibraryEntry, added: number, at?: string): LibraryEntry {
  const count = Math.max(0, (entry.watchedEpisodes ?? 0) + added);
  const total = entry.totalEpisodes;
  const next: LibraryEntry = {
    ...entry,
    watchedEpisodes: total === undefined ? count : Math.min(total, count),
  };
  if (added > 0) {
    next.lastWatchedAt = at ?? entry.lastWatchedAt;
    if (entry.status === 'plantowatch') next.status = 'watching';
  }
  return next;
}

/**
 * The optimistic result of a write, as Simkl would apply it: rating an unlisted item adds it
 * (movie → completed, show → watching), watching history adds a show as watching
 * (docs/simkl-api.md, Sync writes).
 */
export function applyPatch(current: LibraryEntry | null, patch: EntryPatch): LibraryEntry | null {
  if (patch.removed) return null;
  let entry = current;
  if (patch.status !== undefined) {
    entry = entry ? { ...entry, status: statusFor(entry, patch.status) } : newEntry(patch.item, patch.status);
  }
  if (patch.rating !== undefined) {
    if (!entry && patch.rating === null) return null;
    entry ??= newEntry(patch.item, patch.item.type === 'movie' ? 'completed' : 'watching');
    entry = { ...entry, rating: patch.rating, ratedAt: patch.rating === null ? undefined : patch.at };
  }
  if (patch.watched !== undefined) {
    entry ??= newEntry(patch.item, patch.item.type === 'movie' ? 'completed' : 'watching');
    entry = markWatched(entry, patch.watched, patch.at);
  }
  if (patch.watchedEpisodes?.length) {
    entry ??= newEntry(patch.item, 'watching');
    entry = countEpisodes(entry, patch.watchedEpisodes.length, patch.at);
  }
  if (patch.unwatchedEpisodes?.length && entry) entry = countEpisodes(entry, -patch.unwatchedEpisodes.length);
  return entry;
}
