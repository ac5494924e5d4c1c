import { get, type UseStore } from 'idb-keyval';
import { type ErrorKind, SimklError, toErrorData } from '../errors';
import type { Serial } from '../library/serial';
import type { Clock, Library } from '../library/types';
import type { SimklItem } from '../media';
import type { Resolver } from '../resolve/resolver';
import type { SimklApi } from '../simkl/api';
import { type BackoffOptions, isRetryableKind, isUncertain, retryDelay } from './backoff';
import { deleteWrite, saveWrite } from './db';
import { canSend, isMine, type Viewer } from './owner';
import { sendWrite } from './send';
import type { OutboxWrite } from './types';
import { hasLanded } from './verify';
import { itemOfTarget, patchFor, touchFor } from './write-patch';

export interface OutboxContext {
  api: SimklApi;
  /** Who is signed in now (owner.ts), asked again just before a write is sent. */
  viewer(): Promise<Viewer>;
  db: UseStore;
  library: Library;
  resolver: Resolver;
  clock: Clock;
  backoff: BackoffOptions;
  serial: Serial;
}

export interface ProcessOutcome {
  result: 'landed' | 'retry' | 'failed' | 'gone';
  item: SimklItem | null;
}

const iso = (time: number) => new Date(time).toISOString();

/** Saves a write unless it was discarded or superseded meanwhile; false = it is gone. */
function update(ctx: OutboxContext, write: OutboxWrite): Promise<boolean> {
  return ctx.serial(async () => {
    if (!(await get(write.id, ctx.db))) return false;
    await saveWrite(ctx.db, write);
    return true;
  });
}

/** Fills in the Simkl id and type of a write recorded with external ids only. */
async function resolved(ctx: OutboxContext, write: OutboxWrite): Promise<[OutboxWrite, SimklItem]> {
  const known = itemOfTarget(write.target);
  if (known) return [write, known];
  const found = await ctx.resolver.resolve({ ids: write.target.ids, kind: write.target.kind });
  if (!found) throw new SimklError('not-found');
  const { target } = write;
  const next: OutboxWrite = {
    ...write,
    target: {
      ...target,
      type: found.type,
      ids: { ...target.ids, simkl: found.ids.simkl },
      title: target.title ?? found.title,
      year: target.year ?? found.year,
    },
  };
  const item = itemOfTarget(next.target)!;
  // Now that the mirror can key it, show the write there too.
  const patch = patchFor(next.action, item, iso(next.createdAt));
  if (patch) await ctx.library.applyLocal(patch);
  return [next, item];
}

/** Only a first attempt in time goes as a scrobble; a late one is history (never a stale stop). */
function isLiveScrobble(ctx: OutboxContext, write: OutboxWrite): boolean {
  const { action } = write;
  if (action.kind !== 'watched' || !action.scrobble) return false;
  return write.attempts === 1 && ctx.clock.now() < action.scrobble.until;
}

function settle(ctx: OutboxContext, write: OutboxWrite, error: unknown, sent: boolean): OutboxWrite {
  const kind: ErrorKind = error instanceof SimklError ? error.kind : 'internal';
  const notBefore = ctx.clock.now() + retryDelay(error, write.attempts, ctx.backoff);
  const errorData = toErrorData(error);
  if (sent && isUncertain(error))
    return { ...write, state: 'queued', uncertain: true, notBefore, error: errorData };
  // The session was refused, not the write: it waits for its user (outbox.resumeSession).
  if (kind === 'auth' || kind === 'signed-out')
    return { ...write, state: 'queued', notBefore, error: errorData };
  if (isRetryableKind(kind)) return { ...write, state: 'queued', notBefore, error: errorData };
  return { ...write, state: 'failed', notBefore: undefined, error: errorData };
}

/**
 * One attempt at one write: resolve, verify an uncertain outcome against freshly synced Simkl
 * state (never apply a write twice), then send. Every state change is stored before the next step.
 */
export async function processWrite(ctx: OutboxContext, write: OutboxWrite): Promise<ProcessOutcome> {
  let current: OutboxWrite = { ...write, attempts: write.attempts + 1 };
  let item = itemOfTarget(current.target);
  let sent = false;
  try {
    [current, item] = await resolved(ctx, current);
    if (current.state === 'sending' || current.uncertain) {
      current = { ...current, state: 'queued', uncertain: true };
      if (!(await update(ctx, current))) return { result: 'gone', item };
      if (current.action.kind === 'checkin') {
        // Nothing in the lists shows a check-in: ask the user rather than risk a double.
        const error = new SimklError('offline', 'check-in outcome unknown');
        current = { ...current, state: 'failed', uncertain: false, error: toErrorData(error) };
        return { result: (await update(ctx, current)) ? 'failed' : 'gone', item };
      }
      // Simkl's state as of now, with the item's type fetched even if no stamp moved (the write
      // may have landed in the second the saved stamps carry).
      const touch = touchFor(current.action, item);
      await ctx.library.sync({ fresh: true, touched: touch ? [touch] : [] });
      const [truth, episodes] = await Promise.all([
        ctx.library.truth(item.type, item.ids.simkl),
        ctx.library.episodesTruth(item.type, item.ids.simkl),
      ]);
      if (hasLanded(current.action, truth, current.before, episodes)) {
        await deleteWrite(ctx.db, current.id);
        return { result: 'landed', item };
      }
    }
    // The account may have changed while the write was resolved or checked: never send it under another.
    const now = await ctx.viewer();
    if (!canSend(now) || !isMine(current, now)) return { result: 'retry', item };
    const before = await ctx.library.truth(item.type, item.ids.simkl);
    current = { ...current, state: 'sending', uncertain: false, before, error: undefined };
    if (!(await update(ctx, current))) return { result: 'gone', item };
    sent = true;
    await sendWrite(ctx.api, item, current.action, iso(current.createdAt), isLiveScrobble(ctx, current));
    await deleteWrite(ctx.db, current.id);
    return { result: 'landed', item };
  } catch (error) {
    const next = settle(ctx, current, error, sent);
    if (!(await update(ctx, next))) return { result: 'gone', item };
    return { result: next.state === 'failed' ? 'failed' : 'retry', item };
  }
}
