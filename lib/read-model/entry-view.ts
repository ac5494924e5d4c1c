import type { ErrorData } from '../errors';
import { EXTERNAL_ID_KEYS, type LibraryEntry, type MediaIds, type SimklItem } from '../media';
import type { ItemView } from '../messaging';
import type { OutboxWrite, WriteTarget } from '../outbox/types';
import { itemUrl } from '../simkl/urls';

export interface ViewInput {
  item: SimklItem | null;
  truth: LibraryEntry | null;
  writes: OutboxWrite[];
  target: WriteTarget;
  overridden?: true;
  lookupFailed?: ErrorData;
}

/** Whether project-entry.ts has anything to play: failed writes show as a failure, not as state. */
export const isReplaying = (writes: OutboxWrite[]) => writes.some((write) => write.state !== 'failed');

function viewIds(ids: SimklItem['ids']): MediaIds {
  const picked: MediaIds = { simkl: ids.simkl };
  for (const key of EXTERNAL_ID_KEYS) {
    if (ids[key] !== undefined) picked[key] = String(ids[key]);
  }
  return picked;
}

/**
 * The title's view, given its entry with the pending writes already played (project-entry.ts): apart
 * from item-view.ts so that the popup fetches the writes' patches only when there are writes to play.
 */
export function entryView(
  { item, writes, target, overridden, lookupFailed }: ViewInput,
  entry: LibraryEntry | null,
): ItemView {
  const failure: ErrorData | undefined = writes.filter((write) => write.state === 'failed').at(-1)?.error;
  // A queued write with an error was tried and waits for its retry: the user is told it is not saved yet.
  const waiting = writes.filter((write) => write.state === 'queued' && write.error).at(-1)?.error;
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
  if (lookupFailed && !item) view.lookupFailed = { kind: lookupFailed.kind, message: lookupFailed.message };
  if (failure) view.failure = { kind: failure.kind, message: failure.message };
  if (waiting) view.waiting = { kind: waiting.kind, message: waiting.message };
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
