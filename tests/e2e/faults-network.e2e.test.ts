/**
 * The network and Simkl refusing: offline and back, a burst of 503s, a 429 with Retry-After, and the
 * per-user write lock (400 RATE_LIMIT). Each write must land exactly once, after the fault is over.
 * The write lock is waited out in real time: the outbox waits Simkl's 20 s lock (retry.ts), which
 * no knob of the service shortens, so that case alone costs about 21 s. A write refused for its
 * timing (429, the lock) is checked against Simkl's state before it is sent again, since the refusal
 * may answer a copy the browser resent by itself.
 */
import { beforeAll, expect, it, onTestFinished } from 'vitest';
import type { FaultAction } from '../simkl-service/types';
import { describeInBrowsers } from './harness/suite';
import { storedWrites } from './scenarios/faults-idb';
import { expectLandedOnce, isWritePost, printRecord } from './scenarios/faults-ledger';
import { ask, type FaultRun, startFaultRun } from './scenarios/faults-run';
import { film, type TitleCase } from './scenarios/faults-titles';
import { eventually } from './scenarios/slice';

let run: FaultRun;

function failNextWrites(times: number, action: FaultAction): void {
  run.world.control.injectFault({
    method: 'POST',
    host: 'api.simkl.com',
    path: '/sync/add-to-list',
    times,
    action,
  });
}

async function click(title: TitleCase): Promise<void> {
  await ask(run.page, 'setStatus', { media: title.media, status: title.expected.status });
}

/** The answers the service gave to the write POSTs, in order. */
function writeStatuses(): number[] {
  return run.world.control
    .requestLog()
    .filter(isWritePost)
    .map((entry) => entry.status);
}

describeInBrowsers('network and server faults', { scenario: 'faults-network' }, (suite) => {
  beforeAll(async () => {
    run = await startFaultRun(suite);
  });

  it('keeps writes made offline, sends none of them, and lands each once when the network is back', async () => {
    const { world, chrome, page } = run;
    const titles = [film('tt0109830'), film('tt0816692')];
    await chrome.context.setOffline(true);
    onTestFinished(() => chrome.context.setOffline(false));
    for (const title of titles) await click(title);
    // Writes go in order: the first waits for the network and holds the second back.
    const waiting = await eventually(
      () => storedWrites(page),
      (writes) => writes[0]?.error?.kind === 'offline',
    );
    expect(waiting.map((write) => [write.state, write.error?.kind])).toEqual([
      ['queued', 'offline'],
      ['queued', undefined],
    ]);
    // The popup's list of waiting changes tells the user why.
    expect((await ask(page, 'pending', {})).pending).toBe(2);
    expect(writeStatuses()).toEqual([]);

    await chrome.context.setOffline(false);
    const back = Date.now();
    const ledger = await expectLandedOnce(
      world,
      'offline',
      titles.map((title) => title.expected),
    );
    console.log(
      `offline: 2 writes kept while offline (0 sent), landed ${Date.now() - back} ms after going online`,
    );
    expect([...ledger.counts.values()]).toEqual([
      { carried: 1, applied: 1 },
      { carried: 1, applied: 1 },
    ]);
  });

  it('lands once through a burst of 503s', async () => {
    const { world } = run;
    world.control.clearLog();
    const title = film('tt0468569');
    // Three in a row. Each is uncertain (Simkl may apply a write and still answer 5xx): the outbox
    // checks Simkl's state after its backoff, finds nothing, and only then sends again.
    failNextWrites(3, { status: 503, body: { error: 'maintenance' } });
    await click(title);
    const ledger = await expectLandedOnce(world, '503-burst', [title.expected]);
    // Four POSTs for the one title (the service logs no body for the ones a fault answered).
    expect(writeStatuses()).toEqual([503, 503, 503, 201]);
    expect(ledger.counts.get(title.expected.simkl)).toEqual({ carried: 1, applied: 1 });
  });

  it('lands once after a 429, no sooner than its Retry-After', async () => {
    const { world } = run;
    world.control.clearLog();
    const title = film('tt0120338');
    failNextWrites(1, {
      status: 429,
      body: { error: 'rate_limit', code: 429 },
      headers: { 'Retry-After': '2' },
    });
    await click(title);
    await expectLandedOnce(world, '429-retry-after', [title.expected]);
    const writes = world.control.requestLog().filter(isWritePost);
    expect(writes.map((entry) => entry.status)).toEqual([429, 201]);
    const waited = Date.parse(writes[1]!.time) - Date.parse(writes[0]!.time);
    console.log(`429-retry-after: resent ${waited} ms after the 429 (Retry-After: 2)`);
    expect(waited).toBeGreaterThanOrEqual(2_000);
  });

  it('lands once after the write lock (400 RATE_LIMIT) lapses', async () => {
    const { world } = run;
    world.control.clearLog();
    const title = film('tt0848228');
    failNextWrites(1, { status: 400, body: { error: 'RATE_LIMIT' } });
    await click(title);
    const ledger = await expectLandedOnce(world, 'write-lock', [title.expected], 40_000);
    expect(writeStatuses()).toEqual([400, 201]);
    const writes = world.control.requestLog().filter(isWritePost);
    const waited = Date.parse(writes[1]!.time) - Date.parse(writes[0]!.time);
    printRecord('write-lock', ledger, ` waited=${waited}ms`);
  });
});
