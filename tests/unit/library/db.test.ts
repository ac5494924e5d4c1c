// The mirror's one database: every store in it, and the one-store databases of before dropped.
import { get, set } from 'idb-keyval';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { openLibraryDb } from '../../../lib/library/db';
import { freshIndexedDb } from './fixtures';

/** A database as the old code left it: one store, closed (that code no longer runs). */
function legacy(name: string, store: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(name);
    request.onupgradeneeded = () => request.result.createObjectStore(store);
    request.onsuccess = () => {
      request.result.close();
      resolve();
    };
    request.onerror = () => reject(request.error);
  });
}

const names = async () => (await indexedDB.databases()).map((db) => db.name).sort();

beforeEach(() => freshIndexedDb());

describe('openLibraryDb', () => {
  it('keeps entries, ids, meta and episodes in one database that one transaction can span', async () => {
    const db = openLibraryDb('test-mirror');
    await set('show:1', { truth: {} }, db.episodes);
    await set('owner', 7, db.meta);
    const tx = await db.transaction(['entries', 'ids', 'episodes'], 'readonly');
    expect([...tx.objectStoreNames].sort()).toEqual(['entries', 'episodes', 'ids']);
    expect(await get('show:1', db.episodes)).toEqual({ truth: {} });
    expect(await names()).toEqual(['test-mirror-mirror']);
  });

  it('drops the one-store databases the mirror used before (a full sync refills it)', async () => {
    await legacy('old', 'entries');
    await legacy('old-ids', 'ids');
    await legacy('old-meta', 'meta');
    expect(await names()).toEqual(['old', 'old-ids', 'old-meta']);
    const db = openLibraryDb('old');
    expect(await get('owner', db.meta)).toBeUndefined();
    // Asked while the mirror's database is made; each deletion completes on its own.
    await vi.waitFor(async () => expect(await names()).toEqual(['old-mirror']));
  });

  it('asks IndexedDB to delete nothing when the mirror already exists (the popup reads it on every open)', async () => {
    const first = openLibraryDb('again');
    await set('owner', 7, first.meta);
    const deleted: string[] = [];
    const deleteDatabase = indexedDB.deleteDatabase.bind(indexedDB);
    indexedDB.deleteDatabase = (name: string) => {
      deleted.push(name);
      return deleteDatabase(name);
    };
    try {
      const reopened = openLibraryDb('again');
      expect(await get('owner', reopened.meta)).toBe(7);
    } finally {
      indexedDB.deleteDatabase = deleteDatabase;
    }
    expect(deleted).toEqual([]);
  });
});
