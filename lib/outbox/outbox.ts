import type { UseStore } from 'idb-keyval';
import { SimklError } from '../errors';
import { createListeners } from '../library/listeners';
import { createSerial } from '../library/serial';
import { type Clock, type Library, systemClock, type Touch } from '../library/types';
import type { SimklItem } from '../media';
import type { Resolver } from '../resolve/resolver';
import type { SimklApi } from '../simkl/api';
import { accountWrites } from './account-writes';
import { type BackoffOptions, DEFAULT_BACKOFF } from './backoff';
import { isUnsent, supersedes } from './coalesce';
import { clearWrites, deleteWrite, readWrites, saveWrite } from './db';
import { type CurrentSession, canSend, isMine, type Viewer, writesAbout } from './owner';
import { pendingView } from './pending-view';
import { type OutboxContext, processWrite } from './process';
import { isSameItem } from './same-item';
import { createViewerReader } from './session-viewer';
import type { Outbox, OutboxWrite } from './types';
import { itemOfTarget, patchFor, touchFor } from './write-patch';

export type Schedule = (delayMs: number, wake: () => void) => () => void;

export interface OutboxOptions {
  api: SimklApi;
  db: UseStore;
  library: Library;
  resolver: Resolver;
  clock?: Clock;
  backoff?: BackoffOptions;
  /** Timer for the next retry; an alarm and `online` cover a worker that died meanwhile. */
  schedule?: Schedule;
  /** Start sending as soon as a write is stored (tests turn it off to look at the queue). */
  autoFlush?: boolean;
  /**
   * Who is signed in: writes are stamped with the user (or, while the user is not known yet, with the
   * session), and only theirs are shown and sent (owner.ts). Without it, everyone's (most tests).
   */
  currentSession?: CurrentSession;
}

const defaultSchedule: Schedule = (delayMs, wake) => {
  const timer = setTimeout(wake, delayMs);
  return () => clearTimeout(timer);
};

const iso = (time: number) => new Date(time).toISOString();
const isActive = (write: OutboxWrite) => write.state !== 'failed';

/** Who a new write belongs to: its user, or while the user is not known yet, its session. */
function ownerStamp(viewer: Exclude<Viewer, null>): Pick<OutboxWrite, 'user' | 'session'> {
  if (viewer === 'anyone') return {};
  return 'id' in viewer ? { user: { id: viewer.id, name: viewer.name } } : { session: viewer.session };
}

export function createOutbox(options: OutboxOptions): Outbox {
  const { db, library, clock = systemClock, schedule = defaultSchedule, autoFlush = true } = options;
  const serial = createSerial();
  const reader = createViewerReader(db, serial, options.currentSession);
  const { viewer } = reader;
  const changes = createListeners();
  const backoff = options.backoff ?? DEFAULT_BACKOFF;
  const ctx: OutboxContext = { ...options, clock, serial, backoff, viewer };
  let draining: Promise<void> | null = null;
  let again = false;
  let cancelWake: (() => void) | null = null;

  /** Rebuilds an item's optimistic state in the mirror from the writes still active for it. */
  async function refreshLocal(item: SimklItem): Promise<void> {
    await library.dropLocal(item.type, item.ids.simkl);
    const writes = (await readWrites(db)).filter(
      (write) => isActive(write) && isSameItem(write.target, item),
    );
    for (const write of writes) {
      const patch = patchFor(write.action, item, iso(write.createdAt));
      if (patch) await library.applyLocal(patch);
    }
  }

  function wakeIn(delayMs: number): void {
    cancelWake?.();
    cancelWake = schedule(delayMs, () => {
      cancelWake = null;
      void flush();
    });
  }

  async function drain(): Promise<void> {
    const landed = new Map<string, SimklItem>();
    const touched: Touch[] = [];
    for (;;) {
      // Asked again before every write: the user may change between two of them.
      const now = await viewer();
      // Nobody signed in, or nobody known yet: every write waits for its own user.
      if (!canSend(now)) break;
      const head = (await readWrites(db)).find((write) => isActive(write) && isMine(write, now));
      if (!head) break;
      // In order: a write waiting for its retry holds back the ones after it.
      const wait = (head.notBefore ?? 0) - clock.now();
      if (wait > 0) {
        wakeIn(wait);
        break;
      }
      const { result, item } = await processWrite(ctx, head);
      changes.emit();
      if (result === 'landed' && item) {
        landed.set(`${item.type}:${item.ids.simkl}`, item);
        const touch = touchFor(head.action, item);
        if (touch) touched.push(touch);
      }
      if (result === 'failed' && item) await refreshLocal(item);
    }
    if (landed.size === 0) return;
    // The sync after these writes: one that starts now (a run under way may have read Simkl
    // before they landed) and fetches what they touched even if no stamp moved.
    const synced = await library.sync({ fresh: true, touched }).then(
      () => true,
      () => false,
    );
    // Without a fresh truth the optimistic state is still the best guess: keep it.
    if (synced) for (const item of landed.values()) await refreshLocal(item);
  }

  function flush(): Promise<void> {
    if (draining) {
      again = true;
      return draining;
    }
    draining = (async () => {
      do {
        again = false;
        // An IndexedDB failure must not become an unhandled rejection in the worker.
        await drain().catch(() => undefined);
      } while (again);
    })().finally(() => {
      draining = null;
    });
    return draining;
  }

  async function findWrite(id: string): Promise<OutboxWrite | undefined> {
    return (await readWrites(db)).find((write) => write.id === id);
  }

  return {
    start: flush,
    flush,
    async enqueue(target, action) {
      const user = await viewer();
      // Signed out there is no account to write to (the next sign-in may be anyone's): nothing is kept.
      if (user === null) throw new SimklError('signed-out');
      const write = await serial(async () => {
        const writes = await readWrites(db);
        for (const earlier of writes) {
          const pointless =
            isUnsent(earlier) && isSameItem(earlier.target, target) && supersedes(action, earlier.action);
          if (pointless && isMine(earlier, user)) await deleteWrite(db, earlier.id);
        }
        const seq = Math.max((writes.at(-1)?.seq ?? 0) + 1, clock.now());
        const id = `${seq.toString(36)}-${Math.random().toString(36).slice(2, 10)}`;
        const stored: OutboxWrite = {
          id,
          seq,
          target,
          action,
          state: 'queued',
          attempts: 0,
          createdAt: clock.now(),
          ...ownerStamp(user),
        };
        await saveWrite(db, stored);
        if (stored.session !== undefined) reader.held();
        return stored;
      });
      const item = itemOfTarget(target);
      const patch = item && patchFor(action, item, iso(write.createdAt));
      // The write is stored: a mirror that cannot show it yet must not make the caller take it for
      // lost (and store it or send it a second time); refreshLocal plays it forward later.
      if (patch) await library.applyLocal(patch).catch(() => undefined);
      changes.emit();
      if (autoFlush) void flush();
      return write;
    },
    async online() {
      await serial(async () => {
        for (const write of await readWrites(db)) {
          if (write.state === 'queued' && write.error?.kind === 'offline' && write.notBefore !== undefined) {
            await saveWrite(db, { ...write, notBefore: undefined });
          }
        }
      });
      await flush();
    },
    async pending() {
      return pendingView(await readWrites(db), await viewer());
    },
    async writesFor(ids, kind) {
      return writesAbout(await readWrites(db), await viewer(), ids, kind);
    },
    async retry(id) {
      const write = await findWrite(id);
      if (!write || write.state === 'sending') return;
      const next: OutboxWrite = {
        ...write,
        state: 'queued',
        attempts: 0,
        notBefore: undefined,
        error: undefined,
      };
      await serial(() => saveWrite(db, next));
      const item = itemOfTarget(write.target);
      if (item) await refreshLocal(item);
      changes.emit();
      if (autoFlush) void flush();
    },
    async discard(id) {
      const write = await findWrite(id);
      if (!write) return;
      await serial(() => deleteWrite(db, id));
      const item = itemOfTarget(write.target);
      if (item) await refreshLocal(item);
      changes.emit();
    },
    async clear() {
      cancelWake?.();
      cancelWake = null;
      await serial(() => clearWrites(db));
      changes.emit();
    },
    ...accountWrites({ db, serial, viewer, changed: changes.emit, flush }),
    onChange: changes.add,
  };
}
