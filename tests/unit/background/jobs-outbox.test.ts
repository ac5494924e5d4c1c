/**
 * The background's schedule and the outbox: a sleeping worker hears no 'online' event, so whenever it
 * wakes (it starts, or the outbox alarm fires) with the network up, the writes that waited for the
 * network go at once instead of after their backoff. While the browser says offline, it sends nothing.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { startBackgroundJobs } from '../../../lib/background/jobs';
import { SimklError } from '../../../lib/errors';
import { freshIndexedDb } from '../library/fixtures';
import { createHarness, type Harness, matrix, writeCalls } from '../outbox/harness';

let h: Harness;
let online = true;
const onLine = Object.getOwnPropertyDescriptor(Object.getPrototypeOf(navigator), 'onLine');

/** The jobs start their work without awaiting it: let it run, then join any drain still going. */
async function idle(): Promise<void> {
  await new Promise((resolve) => setTimeout(resolve, 50));
  await h.outbox.flush();
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

/** A Plan to Watch that failed offline `times` times and now waits for its retry. */
async function waitingWrite(times: number): Promise<void> {
  h.simkl.fail('addToList', new SimklError('offline', 'Failed to fetch'), { times });
  await h.outbox.enqueue(matrix, { kind: 'status', status: 'plantowatch' });
  await h.outbox.flush();
  expect((await h.outbox.pending()).writes[0]).toMatchObject({ state: 'queued', error: { kind: 'offline' } });
}

beforeEach(() => {
  freshIndexedDb();
  h = createHarness();
  online = true;
  Object.defineProperty(navigator, 'onLine', { configurable: true, get: () => online });
});

afterEach(() => {
  if (onLine) Object.defineProperty(navigator, 'onLine', onLine);
});

describe('waking the worker with writes that waited for the network', () => {
  it('sends them when the worker starts online, without waiting for their retry time', async () => {
    await waitingWrite(1);
    startJobs();
    await idle();
    expect(writeCalls(h)).toEqual(['addToList', 'addToList']);
    expect((await h.outbox.pending()).pending).toBe(0);
  });

  it('sends them at the next outbox alarm', async () => {
    await waitingWrite(2);
    startJobs(); // the second failure: still waiting
    await idle();
    expect(writeCalls(h)).toEqual(['addToList', 'addToList']);
    await fakeBrowser.alarms.onAlarm.trigger({ name: 'simkl-outbox', scheduledTime: Date.now() });
    await idle();
    expect(writeCalls(h)).toEqual(['addToList', 'addToList', 'addToList']);
    expect((await h.outbox.pending()).pending).toBe(0);
  });

  it('leaves them waiting while the browser says it is offline', async () => {
    await waitingWrite(1);
    online = false;
    startJobs();
    await fakeBrowser.alarms.onAlarm.trigger({ name: 'simkl-outbox', scheduledTime: Date.now() });
    await idle();
    expect(writeCalls(h)).toEqual(['addToList']);
    expect((await h.outbox.pending()).pending).toBe(1);
  });
});
