import { get } from 'idb-keyval';
import { SimklError } from '../errors';
import type { LibraryEntry, MediaIds, MediaKind, SimklType } from '../media';
import type { SimklApi } from '../simkl/api';
import type { LibraryDb } from './db';
import { narrowPatch, patchSeasons, touchesEpisodes } from './episode-patch';
import { findEntryKey } from './find-key';
import { entryKey } from './id-keys';
import { createListeners } from './listeners';
import { lookupMany } from './lookup-many';
import { createMirrorStore, shownEntry, shownEpisodes } from './mirror-store';
import { createOwnerGate } from './owner';
import { applyPatch } from './patch';
import { createSerial } from './serial';
import type { SkippedRows } from './sync';
import { createSyncRunner } from './sync-runner';
import {
  type Clock,
  type CurrentUser,
  type EntryFilter,
  type EntryPatch,
  type Library,
  type StoredEntry,
  type StoredEpisodes,
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
    async episodes(type: SimklType, simkl: number) {
      if (!(await owner.ready()) || type === 'movie') return null;
      return shownEpisodes(await store.readEpisodes(entryKey(type, simkl)));
    },
    async episodesTruth(type: SimklType, simkl: number) {
      if (!(await owner.ready()) || type === 'movie') return null;
      return (await store.readEpisodes(entryKey(type, simkl)))?.truth ?? null;
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
      if (!(await owner.ready())) throw new SimklError('signed-out');
      return runner.run(request);
    },
    async applyLocal(patch: EntryPatch) {
      // Nobody's mirror to show it in: the outbox plays the write forward when its user is back.
      if (!(await owner.ready())) return;
      const key = entryKey(patch.item.type, patch.item.ids.simkl);
      await serial(async () => {
        const series = patch.item.type !== 'movie' && touchesEpisodes(patch);
        const [stored, storedEpisodes] = await Promise.all([
          store.read(key),
          series ? store.readEpisodes(key) : undefined,
        ]);
        const seasons = shownEpisodes(storedEpisodes) ?? {};
        const narrowed = series ? narrowPatch(seasons, patch) : patch;
        const entry = applyPatch(shownEntry(stored), narrowed);
        const episodes: Array<[string, StoredEpisodes]> = series
          ? [[key, { truth: storedEpisodes?.truth ?? {}, local: patchSeasons(seasons, narrowed) }]]
          : [];
        await store.write({ entries: [[key, { truth: stored?.truth ?? null, local: { entry } }]], episodes });
      });
      changes.emit();
    },
    async dropLocal(type: SimklType, simkl: number) {
      if (!(await owner.ready())) return;
      const key = entryKey(type, simkl);
      const dropped = await serial(async () => {
        const [stored, storedEpisodes] = await Promise.all([store.read(key), store.readEpisodes(key)]);
        if (!stored?.local && !storedEpisodes?.local) return false;
        const entry: StoredEntry | null = stored?.truth ? { truth: stored.truth } : null;
        // Simkl's episodes stay with a synced item; an outbox-only item goes, episodes and all.
        const episodes: Array<[string, StoredEpisodes | null]> =
          entry && storedEpisodes ? [[key, { truth: storedEpisodes.truth }]] : [[key, null]];
        await store.write({ entries: [[key, entry]], episodes });
        return true;
      });
      if (dropped) changes.emit();
    },
    async syncState(): Promise<SyncState> {
      if (!(await owner.ready())) return {};
      const [lastSyncAt, lastError, skippedRows] = await Promise.all([
        get<string>('lastSyncAt', db.meta),
        get<SyncState['lastError']>('lastError', db.meta),
        get<SkippedRows>('skipped', db.meta),
      ]);
      const skipped = Object.values(skippedRows ?? {}).reduce((sum, count) => sum + count, 0);
      return { lastSyncAt, lastError, ...(skipped > 0 ? { skipped } : {}) };
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
