/**
 * A quiet worker: every alarm wakes the whole background, so the outbox alarm exists only while
 * writes wait to be sent, and the sync alarm fires at the user's interval, not more often.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { nextSyncAt } from '../../../lib/background/alarms';
import { startBackgroundJobs } from '../../../lib/background/jobs';
import { SimklError } from '../../../lib/errors';
import { updateSettings } from '../../../lib/store/settings';
import { freshIndexedDb } from '../library/fixtures';
import { createHarness, type Harness, matrix } from '../outbox/harness';

let h: Harness;

/** The jobs start their work without awaiting it: let it run, then join any drain still going. */
async function idle(): Promise<void> {
  await new Promise((resolve) => setTimeout(resolve, 50));
  await h.outbox.flush();
  await new Promise((resolve) => setTimeout(resolve, 20));
}

function startJobs(): void {
  const jobs = {
    library: h.library,
    outbox: h.outbox,
    isSignedIn: async () => true,
    badge: { refresh: async () => '' },
  };
  startBackgroundJobs(jobs as unknown as Parameters<typeof startBackgroundJobs>[0]);
}

const outboxAlarm = () => fakeBrowser.alarms.get('simkl-outbox');
const syncAlarm = () => fakeBrowser.alarms.get('simkl-sync');

beforeEach(() => {
  freshIndexedDb();
  h = createHarness();
});

describe('the outbox alarm', () => {
  it('does not exist while the outbox is empty', async () => {
    startJobs();
    await idle();
    expect(await outboxAlarm()).toBeUndefined();
  });

  it('is created when a write is queued, kept while it waits for its retry, and cleared once it lands', async () => {
    startJobs();
    await idle();
    h.simkl.fail('addToList', new SimklError('server', 'down', { status: 503, uncertain: true }));
    await h.outbox.enqueue(matrix, { kind: 'status', status: 'plantowatch' });
    await idle();
    expect(await outboxAlarm()).toMatchObject({ periodInMinutes: 1 });
    expect((await h.outbox.pending()).writes[0]).toMatchObject({ state: 'queued' });

    h.clock.advance(2_000);
    await fakeBrowser.alarms.onAlarm.trigger({ name: 'simkl-outbox', scheduledTime: Date.now() });
    await idle();
    expect((await h.outbox.pending()).pending).toBe(0);
    expect(await outboxAlarm()).toBeUndefined();
  });

  it('is cleared when the only write fails for good, and created again by Retry', async () => {
    startJobs();
    h.simkl.fail('addToList', new SimklError('bad-request', 'Wrong "to" parameter', { status: 400 }));
    await h.outbox.enqueue(matrix, { kind: 'status', status: 'plantowatch' });
    await idle();
    expect((await h.outbox.pending()).failed).toBe(1);
    expect(await outboxAlarm()).toBeUndefined();

    h.simkl.fail('addToList', new SimklError('rate-limit', 'slow down', { status: 429 }));
    await h.outbox.retry((await h.outbox.pending()).writes[0]!.id);
    await idle();
    expect(await outboxAlarm()).toBeDefined();
  });

  it('is cleared at start-up when a previous worker left it behind with nothing to send', async () => {
    await fakeBrowser.alarms.create('simkl-outbox', { periodInMinutes: 1 });
    startJobs();
    await idle();
    expect(await outboxAlarm()).toBeUndefined();
  });

  it('is created at start-up for writes a previous worker left queued', async () => {
    await h.outbox.enqueue(matrix, { kind: 'rate', rating: 7 });
    h.simkl.fail('addRatings', new SimklError('rate-limit', 'slow down', { status: 429, retryAfter: 60 }));
    startJobs();
    await idle();
    expect((await h.outbox.pending()).pending).toBe(1);
    expect(await outboxAlarm()).toBeDefined();
  });
});

describe('the sync alarm', () => {
  it('fires at the interval the settings say', async () => {
    await updateSettings({ syncIntervalMinutes: 120 });
    startJobs();
    await idle();
    expect(await syncAlarm()).toMatchObject({ periodInMinutes: 120 });
    await updateSettings({ syncIntervalMinutes: 15 });
    await idle();
    expect(await syncAlarm()).toMatchObject({ periodInMinutes: 15 });
  });

  it('puts right, at start-up, an alarm whose period is not the setting', async () => {
    await fakeBrowser.alarms.create('simkl-sync', { periodInMinutes: 1 });
    startJobs();
    await idle();
    expect(await syncAlarm()).toMatchObject({ periodInMinutes: 30 });
  });

  it('keeps a running alarm that already matches, so its schedule is not pushed back', async () => {
    await fakeBrowser.alarms.create('simkl-sync', { periodInMinutes: 30, when: 12_345 });
    startJobs();
    await idle();
    expect(await syncAlarm()).toMatchObject({ periodInMinutes: 30, scheduledTime: 12_345 });
  });

  it("tells when it fires next, for a failed sync's words, and nothing when there is none", async () => {
    expect(await nextSyncAt()).toBeUndefined();
    const when = Date.parse('2026-12-07T14:05:00Z');
    await fakeBrowser.alarms.create('simkl-sync', { periodInMinutes: 30, when });
    expect(await nextSyncAt()).toBe('2026-12-07T14:05:00.000Z');
  });

  it('is the only alarm of a worker with nothing to send', async () => {
    startJobs();
    await idle();
    expect((await fakeBrowser.alarms.getAll()).map((alarm) => alarm.name)).toEqual(['simkl-sync']);
  });
});

describe('the caches of Simkl answers', () => {
  it('are pruned of what expired when the browser starts and when the extension is installed', async () => {
    const pruned: string[] = [];
    const cache = (name: string) => ({
      count: async () => 0,
      clear: async () => undefined,
      prune: async () => {
        pruned.push(name);
        return 0;
      },
    });
    const jobs = {
      library: h.library,
      outbox: h.outbox,
      isSignedIn: async () => false,
      badge: { refresh: async () => '' },
      caches: { resolve: cache('resolve'), scores: cache('scores'), catalogue: cache('catalogue') },
    };
    startBackgroundJobs(jobs as unknown as Parameters<typeof startBackgroundJobs>[0]);
    await idle();
    expect(pruned).toEqual([]);
    await fakeBrowser.runtime.onStartup.trigger();
    expect(pruned).toEqual(['resolve', 'scores', 'catalogue']);
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'update', temporary: false });
    expect(pruned).toHaveLength(6);
  });
});
