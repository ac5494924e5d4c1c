import { describe, expect, it } from 'vitest';
import type { ErrorKind } from '../../../lib/errors';
import { clockTime, dateTime } from '../../../lib/i18n';
import type { PendingView, PendingWriteView, SyncView } from '../../../lib/messaging';
import { pendingView } from '../../../lib/outbox/pending-view';
import type { OutboxWrite } from '../../../lib/outbox/types';
import { type TroubleInputs, troubleText } from '../../../lib/words/trouble-text';

// Noon local time, so "later today" stays today in every time zone the tests run in.
const NOW = new Date(2026, 11, 7, 12, 0).getTime();
const IN_MINUTES = (minutes: number) => new Date(NOW + minutes * 60_000).toISOString();
const SIGNED_IN = { signedIn: true, mode: 'oauth2' as const, user: { name: 'Demo Watcher' } };

function write(id: string, fields: Partial<PendingWriteView> = {}): PendingWriteView {
  return { id, label: `Title ${id}: Plan to Watch`, state: 'queued', attempts: 0, ...fields };
}
function failing(id: string, kind: ErrorKind, retryAt?: string): PendingWriteView {
  return write(id, { attempts: 1, error: { kind, message: kind }, ...(retryAt ? { retryAt } : {}) });
}
function pending(writes: PendingWriteView[], extra: Partial<PendingView> = {}): PendingView {
  const open = writes.filter((entry) => entry.state !== 'failed');
  return { pending: open.length, failed: writes.length - open.length, writes, ...extra };
}
function text(fields: Partial<TroubleInputs>): string | undefined {
  return troubleText({ browserOnline: true, account: SIGNED_IN, now: NOW, ...fields });
}

describe("the popup's notice when Simkl cannot take changes", () => {
  it('says nothing when Simkl answers: a good sync, changes on their way, or none', () => {
    expect(text({ sync: { lastSyncAt: IN_MINUTES(-1) }, pending: pending([]) })).toBeUndefined();
    expect(text({ sync: {}, pending: pending([write('a')]) })).toBeUndefined();
  });

  it("names Simkl unreachable, the changes waiting and the write's own retry time", () => {
    const writes = [failing('a', 'offline', IN_MINUTES(14)), write('b')];
    expect(text({ pending: pending(writes) })).toBe(
      `Simkl can't be reached · 2 changes waiting to save · retrying at ${clockTime(IN_MINUTES(14))}`,
    );
  });

  it.each([
    ['server', 'Simkl is having trouble'],
    ['invalid-response', 'Simkl is having trouble'],
    ['rate-limit', 'Simkl is busy'],
    ['app-limit', "Simkl is not taking this extension's requests"],
  ] as const)('words a %s failure as "%s"', (kind, headline) => {
    expect(text({ pending: pending([failing('a', kind, IN_MINUTES(2))]) })).toBe(
      `${headline} · 1 change waiting to save · retrying at ${clockTime(IN_MINUTES(2))}`,
    );
  });

  it("takes the earliest of the writes' retries and the failed sync's next try", () => {
    const sync: SyncView = { lastError: { kind: 'server', message: '503' }, nextSyncAt: IN_MINUTES(5) };
    expect(text({ sync, pending: pending([failing('a', 'server', IN_MINUTES(9))]) })).toBe(
      `Simkl is having trouble · 1 change waiting to save · retrying at ${clockTime(IN_MINUTES(5))}`,
    );
  });

  it('says a failed sync alone, with nothing waiting, and a next try on another day with its date', () => {
    const tomorrow = IN_MINUTES(24 * 60);
    const sync: SyncView = { lastError: { kind: 'offline', message: 'no answer' }, nextSyncAt: tomorrow };
    expect(text({ sync, pending: pending([]) })).toBe(
      `Simkl can't be reached · retrying at ${dateTime(tomorrow)}`,
    );
  });

  it('promises a try within a minute when the retry time has passed (the outbox alarm wakes the worker)', () => {
    expect(text({ pending: pending([failing('a', 'server', IN_MINUTES(-3))]) })).toBe(
      'Simkl is having trouble · 1 change waiting to save · retrying within a minute',
    );
  });

  it('is no outage when Simkl refused a change for good or the sync failed for another reason', () => {
    const refused = write('a', { state: 'failed', error: { kind: 'bad-request', message: '400' } });
    expect(text({ pending: pending([refused]) })).toBeUndefined();
    expect(text({ sync: { lastError: { kind: 'not-found', message: '404' } } })).toBeUndefined();
  });

  it('says the browser is offline, not Simkl, and when the changes go', () => {
    const writes = [failing('a', 'offline'), write('b')];
    expect(text({ browserOnline: false, pending: pending(writes) })).toBe(
      "You're offline · 2 changes waiting to save · sent when you're back online",
    );
    expect(text({ browserOnline: false, pending: pending([]) })).toBe("You're offline");
  });

  it('says Simkl signed the user out, counting the changes kept for them, and asks to sign in', () => {
    const account = { signedIn: false, mode: 'oauth2' as const, signedOutReason: 'revoked' };
    const kept = pending([], { waiting: [{ user: 7, name: 'Demo Watcher', count: 3 }] });
    expect(text({ account, pending: kept })).toBe(
      'Simkl signed you out · 3 changes waiting to save · sign in again to send them',
    );
    expect(text({ account, pending: pending([]) })).toBe('Simkl signed you out');
    // Signing out by choice is no trouble.
    expect(text({ account: { signedIn: false, mode: 'oauth2' }, pending: kept })).toBeUndefined();
  });
});

describe("a waiting write's retry time in the popup's view", () => {
  const base: OutboxWrite = {
    id: 'w1',
    seq: 1,
    target: { type: 'movie', ids: { simkl: 1 }, title: 'The Matrix', year: 1999 },
    action: { kind: 'status', status: 'plantowatch' },
    state: 'queued',
    attempts: 1,
    createdAt: NOW,
  };

  it('carries a queued write\'s "not before", and none for a write failed for good', () => {
    const notBefore = NOW + 60_000;
    const [queued, failed] = pendingView([
      { ...base, notBefore },
      { ...base, id: 'w2', state: 'failed', notBefore },
    ]).writes;
    expect(queued?.retryAt).toBe(new Date(notBefore).toISOString());
    expect(failed?.retryAt).toBeUndefined();
  });
});
