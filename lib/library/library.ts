import { del, get, set } from 'idb-keyval';
import { toErrorData } from '../errors';
import type { LibraryEntry, MediaIds, MediaKind, SimklType } from '../media';
import type { Activities, SimklApi } from '../simkl/api';
import type { LibraryDb } from './db';
import { entryKey, queryIdKeys, typeFitsKind, typeOfKey } from './id-keys';
import { createListeners } from './listeners';
import { lookupMany } from './lookup-many';
import { createMirrorStore, shownEntry } from './mirror-store';
import { applyPatch } from './patch';
import { createSerial } from './serial';
import { runSync } from './sync';
import {
  type Clock,
  type EntryFilter,
  type EntryPatch,
  type Library,
  type SyncOutcome,
  type SyncState,
  systemClock,
} from './types';

export interface LibraryOptions {
  api: SimklApi;
  db: LibraryDb;
  clock?: Clock;
}

export function createLibrary({ api, db, clock = systemClock }: LibraryOptions): Library {
  const store = createMirrorStore(db);
  const serial = createSerial();
  const changes = createListeners();
  const synced = createListeners();
  let running: Promise<SyncOutcome> | null = null;
  // Bumped by clear(): a sync that started for the previous account must not save its timestamps.
  let generation = 0;

  async function syncOnce(): Promise<SyncOutcome> {
    const started = generation;
    try {
      const saved = await get<Activities>('activities', db.meta);
      const { activities, changed } = await runSync(api, store, serial, saved);
      if (started !== generation) return { changed: false };
      // Saved last: a run that failed half-way is redone from the old timestamps next time.
      await set('activities', activities, db.meta);
      await set('lastSyncAt', new Date(clock.now()).toISOString(), db.meta);
      await del('lastError', db.meta);
      if (changed) changes.emit();
      synced.emit();
      return { changed };
    } catch (error) {
      await set('lastError', toErrorData(error), db.meta);
      throw error;
    }
  }

  async function findKey(ids: MediaIds, kindHint?: MediaKind): Promise<string | undefined> {
    const idKeys = queryIdKeys(ids, kindHint);
    const owners = await store.resolveIds(idKeys);
    const fitting = owners.filter((key): key is string => {
      const type = key ? typeOfKey(key) : null;
      return type !== null && typeFitsKind(type, kindHint);
    });
    return fitting[0];
  }

  return {
    async lookup(ids, kindHint) {
      const key = await findKey(ids, kindHint);
      return key ? shownEntry(await store.read(key)) : null;
    },
    lookupMany: (refs) => lookupMany(store, refs),
    async find(ids, kindHint) {
      const key = await findKey(ids, kindHint);
      const stored = key ? await store.read(key) : undefined;
      return stored ? { shown: shownEntry(stored), truth: stored.truth } : null;
    },
    async get(type: SimklType, simkl: number) {
      return shownEntry(await store.read(entryKey(type, simkl)));
    },
    async truth(type: SimklType, simkl: number): Promise<LibraryEntry | null> {
      return (await store.read(entryKey(type, simkl)))?.truth ?? null;
    },
    async entries(filter: EntryFilter = {}) {
      const shown = (await store.readAll()).map(shownEntry);
      return shown.filter(
        (entry): entry is LibraryEntry =>
          entry !== null &&
          (filter.status === undefined || entry.status === filter.status) &&
          (filter.type === undefined || entry.type === filter.type),
      );
    },
    sync() {
      running ??= syncOnce().finally(() => {
        running = null;
      });
      return running;
    },
    async applyLocal(patch: EntryPatch) {
      const key = entryKey(patch.item.type, patch.item.ids.simkl);
      await serial(async () => {
        const stored = await store.read(key);
        const entry = applyPatch(shownEntry(stored), patch);
        await store.writeMany([[key, { truth: stored?.truth ?? null, local: { entry } }]]);
      });
      changes.emit();
    },
    async dropLocal(type: SimklType, simkl: number) {
      const key = entryKey(type, simkl);
      const dropped = await serial(async () => {
        const stored = await store.read(key);
        if (!stored?.local) return false;
        await store.writeMany([[key, stored.truth ? { truth: stored.truth } : null]]);
        return true;
      });
      if (dropped) changes.emit();
    },
    async syncState(): Promise<SyncState> {
      const [lastSyncAt, lastError] = await Promise.all([
        get<string>('lastSyncAt', db.meta),
        get<SyncState['lastError']>('lastError', db.meta),
      ]);
      return { lastSyncAt, lastError };
    },
    async clear() {
      generation += 1;
      await serial(() => store.clear());
      changes.emit();
    },
    onChange: changes.add,
    onSynced: synced.add,
  };
}
