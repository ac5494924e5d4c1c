/**
 * "Already watched on Simkl", from the mirror alone (no request): a film the user completed, or an
 * episode of a show they completed. The mirror keeps no per-episode history for shows in progress,
 * so those episodes are sent; re-posting a watched one is a no-op on Simkl.
 */
import type { LibraryEntry } from '../media';
import type { ImportTarget } from './netflix-map';

export function mirrorWatched(entries: readonly LibraryEntry[]): (target: ImportTarget) => boolean {
  const completed = new Set(
    entries.filter((entry) => entry.status === 'completed').map((entry) => entry.ids.simkl),
  );
  return (target) => target.ids.simkl !== undefined && completed.has(target.ids.simkl);
}
