/**
 * The first look at storage.local in one read: the settings, the title index's pointer and the
 * index itself would otherwise be three reads, two of them one after the other, and each a round
 * trip to the browser that a loading page slows down (bench/badges.bench.ts). storage.local holds
 * nothing secret and nothing but those, the revision counters and the index (docs/architecture.md,
 * Security rules), so reading all of it costs what the three reads would.
 */
export interface StorageArea {
  get(keys: string | null): Promise<Record<string, unknown>>;
}

export interface StorageSnapshot {
  /** Answers from the snapshot until `forget`, then from storage; `null` asks for everything. */
  get(key: string | null): Promise<Record<string, unknown>>;
  /** Storage changed: later reads go to storage itself. */
  forget(): void;
}

export function storageSnapshot(area: StorageArea): StorageSnapshot {
  let snapshot: Promise<Record<string, unknown>> | null = area.get(null).catch(() => ({}));
  return {
    async get(key) {
      if (!snapshot) return area.get(key);
      const all = await snapshot;
      if (key === null) return all;
      return key in all ? { [key]: all[key] } : {};
    },
    forget() {
      snapshot = null;
    },
  };
}
