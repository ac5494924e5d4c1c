/**
 * The popup's Up next, read straight from the IndexedDB it shares with the background (the mirror,
 * the cached calendar files, the write queue), like the first paint's reads (docs/architecture.md,
 * Up next): no message, no request to Simkl, and a sleeping worker stays asleep.
 */
import { createStore, get, type UseStore, values } from 'idb-keyval';
import { openSessionDb, readSignedInViewer } from '../account/signed-in-viewer';
import type { CalendarEntry, CalendarFileKind } from '../calendar';
import type { ErrorData } from '../errors';
import { type LibraryDb, openLibraryDb } from '../library/db';
import { shownEntry } from '../library/mirror-store';
import { OWNER_KEY } from '../library/owner';
import type { StoredEntry } from '../library/types';
import type { LibraryEntry } from '../media';
import { openOutboxDb, readWrites } from '../outbox/db';
import { writesAbout } from '../outbox/owner';
import { selectUpNext, type UpNextRow } from './select';

/** A row with what the write queue says of its title. */
export interface UpNextRowState extends UpNextRow {
  /** Writes of this title not on Simkl yet: the row shows the state they will make. */
  pending: number;
  /** The last of them was tried and waits for its retry: why. */
  waiting?: ErrorData;
}

export type UpNextState =
  | { kind: 'signed-out' }
  /** Signed in, but the mirror does not hold this user's lists yet (the first sync is under way). */
  | { kind: 'not-synced' }
  | { kind: 'ready'; rows: UpNextRowState[] };

export interface UpNextStores {
  session: UseStore;
  library: LibraryDb;
  calendar: UseStore;
  outbox: UseStore;
}

/** The background's databases, by the names it opens them with (lib/calendar/calendar.ts for the files). */
export function openUpNextStores(): UpNextStores {
  return {
    session: openSessionDb(),
    library: openLibraryDb(),
    calendar: createStore('simkl-extension-calendar', 'files'),
    outbox: openOutboxDb(),
  };
}

const EPISODE_FILES: readonly CalendarFileKind[] = ['tv', 'anime'];

/** The cached files' entries, however old: an air date does not change, and nothing is fetched here. */
async function cachedAirings(calendar: UseStore): Promise<CalendarEntry[]> {
  const files = await Promise.all(
    EPISODE_FILES.map((kind) => get<{ entries?: unknown }>(kind, calendar).catch(() => undefined)),
  );
  return files.flatMap((file) => (Array.isArray(file?.entries) ? (file.entries as CalendarEntry[]) : []));
}

async function watchingSeries(library: LibraryDb): Promise<LibraryEntry[]> {
  const stored = await values<StoredEntry>(library.entries);
  return stored
    .map(shownEntry)
    .filter((entry): entry is LibraryEntry => entry?.status === 'watching' && entry.type !== 'movie');
}

export async function readUpNext(
  stores: UpNextStores = openUpNextStores(),
  now: number = Date.now(),
): Promise<UpNextState> {
  // Every store is asked at once: each database opens meanwhile instead of one after another.
  const reads = Promise.all([
    get<number>(OWNER_KEY, stores.library.meta),
    get<string>('lastSyncAt', stores.library.meta),
    watchingSeries(stores.library),
    cachedAirings(stores.calendar),
    readWrites(stores.outbox),
  ]);
  reads.catch(() => undefined);
  const viewer = await readSignedInViewer(stores.session);
  if (!viewer) return { kind: 'signed-out' };
  const [owner, synced, entries, airings, writes] = await reads;
  // Another user's lists, or none yet: the background empties and refills the mirror first.
  if (owner !== viewer.id || synced === undefined) return { kind: 'not-synced' };
  const rows = selectUpNext(entries, airings, now).map((row): UpNextRowState => {
    const mine = writesAbout(writes, viewer, { simkl: row.entry.ids.simkl }, row.entry.type);
    const unsent = mine.filter((write) => write.state !== 'failed');
    const waiting = unsent.filter((write) => write.state === 'queued' && write.error).at(-1)?.error;
    return waiting
      ? { ...row, pending: unsent.length, waiting: { kind: waiting.kind, message: waiting.message } }
      : { ...row, pending: unsent.length };
  });
  return { kind: 'ready', rows };
}
