/**
 * The preview the user confirms, kept by the background until the go. The job's batches are built
 * from its targets (batchesOf), and its button counts those same batches, so the count is the job's
 * count. It names its user, and an id the page's `importStart` must name back: a start confirms this
 * very preview, for this user, and never an older one or another user's. A pick of a match for an
 * unknown title makes a new preview, with a new id and count.
 */
import { del, get, set, type UseStore } from 'idb-keyval';
import type { UserRef } from '../../library/types';
import type { ImportPickable, ImportSummary } from '../../messaging';
import { type HistoryBatch, historyBatches, itemsIn } from './history-batches';
import { type ImportViewer, isOwnedBy } from './import-owner';
import type { ImportTarget } from './netflix-map';

export interface ImportPreview {
  id: string;
  user: UserRef;
  /** What the go sends, oldest first. */
  targets: ImportTarget[];
  /** Titles Simkl's id search does not know: listed, sent only once the user picked their match. */
  unknown: ImportTarget[];
  counts: Pick<ImportSummary, 'viewings' | 'movies' | 'episodes' | 'shows'>;
  /** Labels of the episodes their show does not list. */
  unlisted: string[];
}

const PREVIEW_KEY = 'netflix-import-plan';

export function batchesOf(preview: ImportPreview): HistoryBatch[] {
  return historyBatches(preview.targets);
}

/** Each unknown Netflix title once, with how many of its films or episodes wait for a match. */
function pickablesOf(unknown: readonly ImportTarget[]): ImportPickable[] {
  const titles = new Map<string, ImportPickable>();
  for (const target of unknown) {
    const netflix = target.ids.netflix ?? '';
    const found = titles.get(netflix) ?? { netflix, kind: target.kind, title: target.title, items: 0 };
    if (target.year !== undefined) found.year = target.year;
    found.items += 1;
    titles.set(netflix, found);
  }
  return [...titles.values()];
}

export function summaryOfPreview(preview: ImportPreview): ImportSummary {
  const pickable = pickablesOf(preview.unknown);
  return {
    ...preview.counts,
    fresh: itemsIn(batchesOf(preview)),
    unmatched: [...preview.unlisted, ...new Set(pickable.map((title) => title.title))],
    pickable,
  };
}

export async function savePreview(
  fields: Omit<ImportPreview, 'id'>,
  store: UseStore,
): Promise<ImportPreview> {
  const { user } = fields;
  const preview = { ...fields, id: crypto.randomUUID(), user: { id: user.id, name: user.name } };
  await set(PREVIEW_KEY, preview, store);
  return preview;
}

/**
 * The preview a start names, if it is the one kept and the signed-in user's. An older version kept
 * a bare list of targets here, with no id: no start names it, so it is read again first.
 */
export async function previewToConfirm(
  id: string,
  viewer: ImportViewer,
  store: UseStore,
): Promise<ImportPreview | null> {
  const preview = await get<ImportPreview>(PREVIEW_KEY, store);
  if (!preview || Array.isArray(preview) || preview.id !== id) return null;
  return isOwnedBy(preview, viewer) ? preview : null;
}

export function dropPreview(store: UseStore): Promise<void> {
  return del(PREVIEW_KEY, store);
}
