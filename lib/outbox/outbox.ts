import type { UseStore } from 'idb-keyval';
import { SimklError } from '../errors';
import { createListeners } from '../library/listeners';
import { createSerial } from '../library/serial';
import { type Clock, type CurrentUser, type Library, systemClock, type Touch } from '../library/types';
import type { SimklItem } from '../media';
import type { Resolver } from '../resolve/resolver';
import type { SimklApi } from '../simkl/api';
import { type BackoffOptions, DEFAULT_BACKOFF } from './backoff';
import { isUnsent, supersedes } from './coalesce';
import { clearWrites, deleteWrite, readWrites, saveWrite } from './db';
import { isMine, viewerOf, writesAbout } from './owner';
import { pendingView } from './pending-view';
import { type OutboxContext, processWrite } from './process';
import { isSameItem } from './same-item';
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
  /** The signed-in user: writes are stamped with it, and only theirs are shown and sent (owner.ts). */
  currentUser?: CurrentUser;
}

const defaultSchedule: Schedule = (delayMs, wake) => {
  const timer = setTimeout(wake, delayMs);
  return () => clearTimeout(timer);
};

const iso = (time: number) => new Date(time).toISOString();
const isActive = (write: OutboxWrite) => write.state !== 'failed';

export function createOutbox(options: OutboxOptions): Outbox {
  const { db, library, clock = systemClock, schedule = defaultSchedule, autoFlush = true } = options;
  const viewer = () => viewerOf(options.currentUser);
  const serial = createSerial();
  const changes = createListeners();
  const ctx: OutboxContext = { ...options, clock, serial, backoff: options.backoff ?? DEFAULT_BACKOFF };
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
      // Nobody signed in: every write waits for its own user.
      if (now === null) break;
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
      if (user === null) throw new SimklError('signed-out', 'Sign in to Simkl to change your lists.');
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
          ...(user === 'anyone' ? {} : { user: { id: user.id, name: user.name } }),
        };
        await saveWrite(db, stored);
        return stored;
      });
      const item = itemOfTarget(target);
      const patch = item && patchFor(action, item, iso(write.createdAt));
      if (patch) await library.applyLocal(patch);
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
    async resumeSession() {
      const now = await viewer();
      if (now === null) return;
      await serial(async () => {
        // A new token: backoffs earned under the old one (its refusal, its rate limits) no longer apply.
        for (const write of await readWrites(db)) {
          const waiting = write.state === 'queued' && write.notBefore !== undefined;
          if (waiting && isMine(write, now)) await saveWrite(db, { ...write, notBefore: undefined });
        }
      });
      changes.emit();
      await flush();
    },
    async discardWaiting(user) {
      const now = await viewer();
      await serial(async () => {
        for (const write of await readWrites(db)) {
          if (write.user?.id === user && !isMine(write, now)) await deleteWrite(db, write.id);
        }
      });
      changes.emit();
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
    onChange: changes.add,
  };
}
