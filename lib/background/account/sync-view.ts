import type { SyncView } from '../../messaging';

/** When the background syncs next by itself (the sync alarm); undefined when it will not. */
export type NextSync = () => Promise<string | undefined>;

/** A failed sync's view says when it is tried again; a sync that went well needs no such words. */
export async function withNextSync(view: SyncView, nextSync?: NextSync): Promise<SyncView> {
  if (!view.lastError || !nextSync) return view;
  const at = await nextSync().catch(() => undefined);
  return at ? { ...view, nextSyncAt: at } : view;
}
