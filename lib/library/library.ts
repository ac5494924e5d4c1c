import { get } from 'idb-keyval';
import { SimklError } from '../errors';
import type { LibraryEntry, MediaIds, MediaKind, SimklType } from '../media';
import type { SimklApi } from '../simkl/api';
import type { LibraryDb } from './db';
import { findEntryKey } from './find-key';
import { entryKey } from './id-keys';
import { createListeners } from './listeners';
import { lookupMany } from './lookup-many';
import { createMirrorStore, shownEntry } from './mirror-store';
import { createOwnerGate } from './owner';
import { applyPatch } from './patch';
import { createSerial } from './serial';
import { createSyncRunner } from './sync-runner';
import {
  type Clock,
  type CurrentUser,
  type EntryFilter,
  type EntryPatch,
  type Library,
  type SyncRequest,
  type SyncState,
  systemClock,
} from './types';

export interface LibraryOptions {
  api: SimklApi;
  db: LibraryDb;
  clock?: Clock;
  /** The signed-in user: the mirror answers and syncs only for them (see owner.ts). */
  currentUser?: CurrentUser;
}

export function createLibrary({ api, db, clock = systemClock, currentUser }: LibraryOptions): Library {
  const store = createMirrorStore(db);
  const serial = createSerial();
  const changes = createListeners();
  const synced = createListeners();
  const runner = createSyncRunner({
    api,
    db,
    store,
    serial,
    clock,
    onChanged: changes.emit,
    onSynced: synced.emit,
  });
  const owner = createOwnerGate(db, serial, currentUser, async () => {
    runner.invalidate();
    await store.clear();
    changes.emit();
  });

  const findKey = (ids: MediaIds, kindHint?: MediaKind) => findEntryKey(store, ids, kindHint);

  return {
    async lookup(ids, kindHint) {
      if (!(await owner.ready())) return null;
      const key = await findKey(ids, kindHint);
      return key ? shownEntry(await store.read(key)) : null;
    },
    lookupMany: (refs) => lookupMany(store, refs),
    async find(ids, kindHint) {
      if (!(await owner.ready())) return null;
      const key = await findKey(ids, kindHint);
      const stored = key ? await store.read(key) : undefined;
      return stored ? { shown: shownEntry(stored), truth: stored.truth } : null;
    },
    async findItem(type: SimklType, simkl: number) {
      if (!(await owner.ready())) return null;
      const stored = await store.read(entryKey(type, simkl));
      return stored ? { shown: shownEntry(stored), truth: stored.truth } : null;
    },
    async get(type: SimklType, simkl: number) {
      if (!(await owner.ready())) return null;
      return shownEntry(await store.read(entryKey(type, simkl)));
    },
    async truth(type: SimklType, simkl: number): Promise<LibraryEntry | null> {
      if (!(await owner.ready())) return null;
      return (await store.read(entryKey(type, simkl)))?.truth ?? null;
    },
    async entries(filter: EntryFilter = {}) {
      if (!(await owner.ready())) return [];
      const shown = (await store.readAll()).map(shownEntry);
      return shown.filter(
        (entry): entry is LibraryEntry =>
          entry !== null &&
          (filter.status === undefined || entry.status === filter.status) &&
          (filter.type === undefined || entry.type === filter.type),
      );
    },
    async sync(request: SyncRequest = {}) {
      if (!(await owner.ready())) throw new SimklError('signed-out', 'Sign in to Simkl to sync your lists.');
      return runner.run(request);
    },
    async applyLocal(patch: EntryPatch) {
      // Nobody's mirror to show it in: the outbox plays the write forward when its user is back.
      if (!(await owner.ready())) return;
      const key = entryKey(patch.item.type, patch.item.ids.simkl);
      await serial(async () => {
        const stored = await store.read(key);
        const entry = applyPatch(shownEntry(stored), patch);
        await store.writeMany([[key, { truth: stored?.truth ?? null, local: { entry } }]]);
      });
      changes.emit();
    },
    async dropLocal(type: SimklType, simkl: number) {
      if (!(await owner.ready())) return;
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
      if (!(await owner.ready())) return {};
      const [lastSyncAt, lastError] = await Promise.all([
        get<string>('lastSyncAt', db.meta),
        get<SyncState['lastError']>('lastError', db.meta),
      ]);
      return { lastSyncAt, lastError };
    },
    async clear() {
      runner.invalidate();
      owner.forget();
      await serial(() => store.clear());
      changes.emit();
    },
    onChange: changes.add,
    onSynced: synced.add,
  };
}
