/**
 * What the import last said once its job is gone (a preview, "Imported 1,050 to Simkl", why nothing
 * was read), kept with the Simkl user it was said to: another account sees nothing of it, since none
 * of it happened in that account.
 */
import { get, set, type UseStore } from 'idb-keyval';
import type { ImportView } from '../../messaging';
import type { ImportViewer } from './import-owner';

const LAST_KEY = 'netflix-import-last';

interface Remembered {
  view: ImportView;
  /** The Simkl user id it was said to; null while signed out. */
  user: number | null;
}

export async function rememberView(view: ImportView, viewer: ImportViewer, store: UseStore): Promise<void> {
  await set(LAST_KEY, { view, user: viewer?.id ?? null } satisfies Remembered, store);
}

/** An older version kept the bare view, for whoever was signed in: it is not shown again. */
export async function lastView(viewer: ImportViewer, store: UseStore): Promise<ImportView> {
  const last = await get<Remembered | ImportView>(LAST_KEY, store);
  if (!last || !('view' in last) || last.user !== (viewer?.id ?? null)) return { phase: 'idle' };
  return last.view;
}
