import { applyPatch } from '../library/patch';
import type { LibraryEntry, SimklItem, SimklType } from '../media';
import type { OutboxWrite, WriteTarget } from '../outbox/types';
import { patchFor } from '../outbox/write-patch';

/** Until the item is resolved, a stand-in good enough to play its writes forward. */
function standIn(target: WriteTarget): SimklItem {
  const type: SimklType =
    target.type ?? (target.kind === 'movie' ? 'movie' : target.kind === 'anime' ? 'anime' : 'show');
  return {
    type,
    ids: { ...target.ids, simkl: target.ids.simkl ?? 0 },
    title: target.title,
    year: target.year,
  };
}

/** Simkl's state with the writes it has not confirmed yet played on top, in order. */
export function projectEntry(
  truth: LibraryEntry | null,
  item: SimklItem | null,
  writes: OutboxWrite[],
  target: WriteTarget,
): LibraryEntry | null {
  const base = item ?? standIn(target);
  let entry = truth;
  for (const write of writes) {
    if (write.state === 'failed') continue;
    const patch = patchFor(write.action, base, new Date(write.createdAt).toISOString());
    if (patch) entry = applyPatch(entry, patch);
  }
  return entry;
}
