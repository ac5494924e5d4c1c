import type { LibraryEntry } from '../media';
import type { WriteAction } from './types';

function watchedMoved(truth: LibraryEntry, before: LibraryEntry | null | undefined): boolean {
  if (!before) return true;
  return (
    truth.lastWatchedAt !== before.lastWatchedAt ||
    (truth.watchedEpisodes ?? 0) > (before.watchedEpisodes ?? 0)
  );
}

/**
 * Whether Simkl's state (freshly synced) shows that an uncertain write already landed, so that
 * sending it again would apply it twice. `before` is Simkl's state just before it was sent.
 * Simkl rewrites some statuses (movie watching → completed, airing show completed → watching).
 */
export function hasLanded(
  action: WriteAction,
  truth: LibraryEntry | null,
  before: LibraryEntry | null | undefined,
): boolean {
  switch (action.kind) {
    case 'status':
      if (!truth) return false;
      if (truth.status === action.status) return true;
      if (truth.type === 'movie') {
        return truth.status === 'completed' && (action.status === 'watching' || action.status === 'hold');
      }
      return action.status === 'completed' && truth.status === 'watching' && truth.status !== before?.status;
    case 'rate':
      return truth?.rating === action.rating;
    case 'unrate':
      return !truth || truth.rating === null;
    case 'remove':
      return !truth;
    case 'watched':
      if (!truth) return false;
      if (action.scope === 'item' && truth.status === 'completed') return true;
      return watchedMoved(truth, before);
    case 'episodes':
      // A removal sent twice removes nothing more, so only a count that fell proves it; marks moved
      // the entry like a single episode does.
      if (action.mode === 'unwatch')
        return !truth || (truth.watchedEpisodes ?? 0) < (before?.watchedEpisodes ?? 0);
      return truth !== null && watchedMoved(truth, before);
    case 'checkin':
      // Nothing in the lists shows a check-in; the caller treats it as landed rather than risk a double.
      return true;
  }
}
