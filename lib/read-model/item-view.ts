import type { ErrorData } from '../errors';
import { applyPatch } from '../library/patch';
import type { LibraryEntry, MediaIds, SimklItem, SimklType } from '../media';
import type { ItemView } from '../messaging';
import type { OutboxWrite, WriteTarget } from '../outbox/types';
import { patchFor } from '../outbox/write-patch';
import { itemUrl } from '../simkl/urls';

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

function viewIds(ids: SimklItem['ids']): MediaIds {
  const picked: MediaIds = { simkl: ids.simkl };
  for (const key of ['imdb', 'tmdb', 'mal', 'netflix'] as const) {
    if (ids[key] !== undefined) picked[key] = String(ids[key]);
  }
  return picked;
}

export interface ViewInput {
  item: SimklItem | null;
  truth: LibraryEntry | null;
  writes: OutboxWrite[];
  target: WriteTarget;
  overridden?: true;
}

export function itemView({ item, truth, writes, target, overridden }: ViewInput): ItemView {
  const entry = projectEntry(truth, item, writes, target);
  const failure: ErrorData | undefined = writes.filter((write) => write.state === 'failed').at(-1)?.error;
  const view: ItemView = {
    signedIn: true,
    known: item !== null,
    title: item?.title ?? target.title,
    year: item?.year ?? target.year,
    status: entry?.status ?? null,
    rating: entry?.rating ?? null,
    pendingWrites: writes.filter((write) => write.state !== 'failed').length,
  };
  if (overridden) view.overridden = true;
  if (failure) view.failure = { kind: failure.kind, message: failure.message };
  if (item) {
    Object.assign(view, { simkl: item.ids.simkl, type: item.type, ids: viewIds(item.ids) });
    if (item.poster) view.poster = item.poster;
    view.url = itemUrl(item);
  }
  if (
    entry &&
    entry.type !== 'movie' &&
    (entry.watchedEpisodes !== undefined || entry.totalEpisodes !== undefined)
  ) {
    view.progress = {
      watched: entry.watchedEpisodes ?? 0,
      total: entry.totalEpisodes,
      next: entry.nextToWatch,
    };
  }
  return view;
}
