/**
 * The service worker stopped mid-queue, as Chrome stops an idle worker: one write in flight (the
 * service applied it and holds the answer back), two queued behind it. The woken worker must find
 * the write it lost track of already applied (verified against Simkl, not sent again) and send the
 * other two: three landed, none twice.
 */
import { beforeAll, expect, it } from 'vitest';
import { describeInBrowsers } from './harness/suite';
import { describeQueue, storedWrites } from './scenarios/faults-idb';
import { expectLandedOnce, isWritePost } from './scenarios/faults-ledger';
import { ask, type FaultRun, startFaultRun } from './scenarios/faults-run';
import { films } from './scenarios/faults-titles';
import { eventually } from './scenarios/slice';

const HELD_MS = 3_000;

let run: FaultRun;

describeInBrowsers('the outbox across a worker restart', { scenario: 'faults-worker' }, (suite) => {
  beforeAll(async () => {
    run = await startFaultRun(suite);
  });

  it('lands every write once when the worker is stopped with one write in flight and two queued', async () => {
    const { world, chrome, page } = run;
    const titles = films(3, 3);
    world.control.injectFault({
      method: 'POST',
      host: 'api.simkl.com',
      path: '/sync/add-to-list',
      times: 1,
      action: { delayMs: HELD_MS },
    });
    for (const { media } of titles) await ask(page, 'setStatus', { media, status: 'plantowatch' });
    await eventually(
      () => world.control.requestLog().filter(isWritePost).length,
      (count) => count > 0,
    );

    await chrome.stopServiceWorker();
    const queued = await storedWrites(page);
    expect(queued.map((write) => write.state)).toEqual(['sending', 'queued', 'queued']);
    const before = describeQueue(queued);
    // The held answer goes out to a closed connection; the write itself was applied on arrival.
    await eventually(
      () => world.control.requestLog().filter(isWritePost)[0]?.status,
      (status) => status === 201,
    );

    // Any event wakes the worker; a message is the quickest (the outbox alarm comes each minute).
    await ask(page, 'pending', {});
    const ledger = await expectLandedOnce(
      world,
      'worker-restart',
      titles.map((title) => title.expected),
    );
    const [first] = titles;
    expect(ledger.counts.get(first!.expected.simkl)).toEqual({ carried: 1, applied: 1 });
    expect(await storedWrites(page)).toEqual([]);
    console.log(
      `worker restart: 3 queued (${before}), worker stopped, woken by a message, ` +
        `${ledger.landed} landed, ${ledger.duplicated} duplicated, the in-flight one verified, not resent`,
    );
  });
});
