/**
 * The first look at storage.local in one read: the settings, the title index's pointer and the
 * index itself would otherwise be three reads, and each a round trip to the browser that a loading
 * page slows down (bench/badges.bench.ts). Only the keys named: storage.local's other keys are not
 * the page's to hold (the title index's format.ts).
 */
export interface StorageArea {
  get(keys: string | string[]): Promise<Record<string, unknown>>;
}

export interface StorageSnapshot {
  /** Answers from the snapshot until `forget` (for the keys it took), then from storage. */
  get(keys: string | string[]): Promise<Record<string, unknown>>;
  /** Storage changed: later reads go to storage itself. */
  forget(): void;
}

export function storageSnapshot(area: StorageArea, taken: readonly string[]): StorageSnapshot {
  let snapshot: Promise<Record<string, unknown>> | null = area.get([...taken]).catch(() => ({}));
  return {
    async get(keys) {
      const wanted = [keys].flat();
      if (!snapshot || wanted.some((key) => !taken.includes(key))) return area.get(keys);
      const all = await snapshot;
      return Object.fromEntries(wanted.flatMap((key) => (key in all ? [[key, all[key]]] : [])));
    },
    forget() {
      snapshot = null;
    },
  };
}
