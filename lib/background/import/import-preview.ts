/**
 * The preview the user confirms, kept by the background until the go. Its batches are exactly what
 * the job will send, so the button's count is the job's count. It names its user, and an id the
 * page's `importStart` must name back: a start confirms this very preview, for this user, and never
 * an older one or another user's.
 */
import { del, get, set, type UseStore } from 'idb-keyval';
import type { UserRef } from '../../library/types';
import { type HistoryBatch, historyBatches } from './history-batches';
import { type ImportViewer, isOwnedBy } from './import-owner';
import type { ImportTarget } from './netflix-map';

export interface ImportPreview {
  id: string;
  user: UserRef;
  batches: HistoryBatch[];
}

const PREVIEW_KEY = 'netflix-import-plan';

export async function savePreview(
  targets: readonly ImportTarget[],
  user: UserRef,
  store: UseStore,
): Promise<ImportPreview> {
  const preview = {
    id: crypto.randomUUID(),
    user: { id: user.id, name: user.name },
    batches: historyBatches(targets),
  };
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
