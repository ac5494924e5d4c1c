import { browser } from 'wxt/browser';
import { createSerial } from '../library/serial';
import { REVISION_KEYS } from '../messaging';

/** The slice of storage.local the counters need; fakeBrowser's and the real one both fit. */
export interface RevisionStorage {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
}

export type RevisionName = keyof typeof REVISION_KEYS;

export interface Revisions {
  /** Increments the counter open pages watch (storage.onChanged) so they re-ask for their data. */
  bump(name: RevisionName): Promise<number>;
}

// Not named `storage`: WXT's auto-import plugin still runs with `imports: false` and would import
// wxt/utils/storage (about 3 KB gzipped of unused code) for a free-looking `storage` identifier.
export function createRevisions(area: RevisionStorage = browser.storage.local): Revisions {
  const serial = createSerial();
  return {
    bump: (name) =>
      serial(async () => {
        const key = REVISION_KEYS[name];
        const current = (await area.get(key))[key];
        const next = (typeof current === 'number' && Number.isFinite(current) ? current : 0) + 1;
        await area.set({ [key]: next });
        return next;
      }),
  };
}

interface ChangeSource {
  onChange(listener: () => void): () => void;
}

/** Bumps the library revision whenever the mirror or the outbox changes; returns the unsubscribe. */
export function connectRevisions(revisions: Revisions, sources: ChangeSource[]): () => void {
  const stops = sources.map((source) =>
    source.onChange(() => {
      void revisions.bump('library').catch(() => undefined);
    }),
  );
  return () => {
    for (const stop of stops) stop();
  };
}
