/**
 * The three calendar files, cached in IndexedDB as parsed entries. Simkl regenerates them every
 * 6 h and asks clients to keep them 3–6 h (docs/simkl-api.md, Calendar files): within `maxAgeMs` no
 * request at all; after it one conditional request (v2 first, v1 when v2 fails); with no
 * network the stale copy is served.
 */
import { clear, get, set, type UseStore, values } from 'idb-keyval';
import { SimklError } from '../errors';
import { type CalendarVersion, downloadCalendarFile } from './fetch-file';
import type { CalendarEntry, CalendarFileKind, Clock, FetchLike } from './types';

export const CALENDAR_MAX_AGE_MS = 3 * 60 * 60 * 1000;

interface CachedFile {
  version: CalendarVersion;
  entries: CalendarEntry[];
  lastModified?: string;
  fetchedAt: number;
}

export interface CalendarFiles {
  load(kind: CalendarFileKind): Promise<CalendarEntry[]>;
  /** What is cached: for the options page's cache sizes. */
  stats(): Promise<{ files: number; entries: number }>;
  clear(): Promise<void>;
}

export function createCalendarFiles(deps: {
  fetch: FetchLike;
  db: UseStore;
  clock: Clock;
  maxAgeMs?: number;
}): CalendarFiles {
  const { fetch, db, clock } = deps;
  const maxAgeMs = deps.maxAgeMs ?? CALENDAR_MAX_AGE_MS;
  // Popup and badge may ask at the same moment: one download per file, shared.
  const inFlight = new Map<CalendarFileKind, Promise<CalendarEntry[]>>();

  async function refresh(kind: CalendarFileKind, cached: CachedFile | undefined): Promise<CalendarEntry[]> {
    let lastError: unknown;
    for (const version of [2, 1] as const) {
      const lastModified = cached?.version === version ? cached.lastModified : undefined;
      try {
        const download = await downloadCalendarFile(fetch, kind, version, lastModified);
        // A 304 only answers a request that carried our copy's date, so `cached` is there.
        const next: CachedFile = download.modified
          ? { version, entries: download.entries, fetchedAt: clock(), lastModified: download.lastModified }
          : { ...(cached as CachedFile), fetchedAt: clock() };
        await set(kind, next, db);
        return next.entries;
      } catch (error) {
        lastError = error;
        // v1 cannot answer when v2 did not even reach the network.
        if (error instanceof SimklError && error.kind === 'offline') break;
      }
    }
    if (cached) return cached.entries;
    throw lastError;
  }

  async function load(kind: CalendarFileKind): Promise<CalendarEntry[]> {
    const cached = await readCached(kind);
    if (cached && clock() - cached.fetchedAt < maxAgeMs) return cached.entries;
    return refresh(kind, cached);
  }

  async function readCached(kind: CalendarFileKind): Promise<CachedFile | undefined> {
    const value = await get<CachedFile>(kind, db).catch(() => undefined);
    return value && Array.isArray(value.entries) && typeof value.fetchedAt === 'number' ? value : undefined;
  }

  return {
    load(kind) {
      const pending = inFlight.get(kind) ?? load(kind).finally(() => inFlight.delete(kind));
      inFlight.set(kind, pending);
      return pending;
    },
    async stats() {
      const files = (await values<CachedFile>(db)).filter((file) => Array.isArray(file?.entries));
      return { files: files.length, entries: files.reduce((sum, file) => sum + file.entries.length, 0) };
    },
    clear: () => clear(db),
  };
}
