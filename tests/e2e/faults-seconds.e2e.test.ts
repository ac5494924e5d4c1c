/**
 * Writes and syncs in the right order against Simkl's whole-second activity stamps: two writes in
 * one second (the later leaves the stamps as they were), a write landing while a sync is under way,
 * and an uncertain write checked in the second the saved stamps carry. Each ends with the extension
 * showing what the service holds, and nothing applied twice. The service's clock is held still
 * within one second where a case needs it (its rate limits are off meanwhile: they count on it too).
 */
import { beforeAll, expect, it, onTestFinished } from 'vitest';
import type { ListStatus } from '../../lib/media';
import { DEMO_USER } from '../simkl-service/index';
import { describeInBrowsers } from './harness/suite';
import { expectLandedOnce, isWritePost } from './scenarios/faults-ledger';
import { ask, type FaultRun, intent, outboxEmptied, settled, startFaultRun } from './scenarios/faults-run';
import { film, films } from './scenarios/faults-titles';
import { eventually } from './scenarios/slice';

let run: FaultRun;
let heldAt: number | null = null;
const serviceNow = () => heldAt ?? Date.now();

/** A film already in Plan to Watch before the run, stamped well before the held second. */
const SEEDED = film('tt0133093');

/** Stops the service's clock in the middle of a second, for the rest of the test. */
function holdOneSecond(): void {
  heldAt = Math.floor(Date.now() / 1000) * 1000 + 500;
  run.world.control.setRateLimits(false);
  onTestFinished(() => {
    heldAt = null;
    run.world.control.setRateLimits(true);
  });
}

function serviceStatus(simkl: number): ListStatus | undefined {
  const { movies } = run.world.control.library(DEMO_USER.id);
  return movies.find((entry) => entry.simkl === simkl)?.status;
}

async function shown(media: typeof SEEDED.media) {
  return ask(run.page, 'status', { media });
}

describeInBrowsers('writes and syncs in the right order', { scenario: 'faults-seconds' }, (suite) => {
  beforeAll(async () => {
    run = await startFaultRun(suite, { now: serviceNow }, [
      { ids: { imdb: 'tt0133093' }, status: 'plantowatch' },
    ]);
  });

  it('shows Simkl’s state after two writes to one title in the same second', async () => {
    const { world, page } = run;
    holdOneSecond();
    const stamps = () => JSON.stringify(world.control.library(DEMO_USER.id).activities);
    await ask(page, 'setStatus', { media: SEEDED.media, status: 'completed' });
    await settled(world);
    expect(serviceStatus(SEEDED.expected.simkl)).toBe('completed');
    const afterFirst = stamps();
    // Back to Plan to Watch in the same second: both lists it touches already carry this second.
    await ask(page, 'setStatus', { media: SEEDED.media, status: 'plantowatch' });
    await eventually(
      () => serviceStatus(SEEDED.expected.simkl),
      (status) => status === 'plantowatch',
    );
    await settled(world);
    expect(stamps()).toBe(afterFirst);
    expect(await shown(SEEDED.media)).toMatchObject({ status: 'plantowatch', pendingWrites: 0 });
    console.log(
      'same-second: 2 writes to one title in one second, the extension shows plantowatch as Simkl does',
    );
  });

  it('shows a write that landed while a sync was under way', async () => {
    const { world, page } = run;
    const [title] = films(1, 20);
    // The next /sync/activities is answered from the state at its arrival, 3 s late.
    world.control.injectFault({
      method: 'GET',
      host: 'api.simkl.com',
      path: '/sync/activities',
      times: 1,
      action: { delayMs: 3_000 },
    });
    world.control.clearLog();
    const syncing = intent(page, 'syncNow', {});
    await eventually(
      () => world.control.requestLog().some((entry) => entry.path === '/sync/activities'),
      Boolean,
    );
    await ask(page, 'setStatus', { media: title!.media, status: 'dropped' });
    await eventually(
      () => serviceStatus(title!.expected.simkl),
      (status) => status === 'dropped',
    );
    await syncing;
    await settled(world, 1_000);
    const order = world.control
      .requestLog()
      .filter((entry) => entry.path === '/sync/activities' || isWritePost(entry))
      .map((entry) => (isWritePost(entry) ? 'write' : 'activities'));
    // The held sync started before the write; another one followed it.
    expect(order.slice(0, 2)).toEqual(['activities', 'write']);
    expect(order.slice(2)).toContain('activities');
    expect(await shown(title!.media)).toMatchObject({ status: 'dropped', pendingWrites: 0 });
  });

  it('checks an uncertain write in the saved second without sending it again', async () => {
    const { world, page } = run;
    holdOneSecond();
    const [first, second] = films(2, 21);
    await ask(page, 'setStatus', { media: first!.media, status: 'plantowatch' });
    await settled(world);
    // The second lands in Plan to Watch, whose stamp already carries this second, then a 502.
    world.control.injectFault({
      method: 'POST',
      host: 'api.simkl.com',
      path: '/sync/add-to-list',
      times: 1,
      action: { statusAfterWrite: 502 },
    });
    await ask(page, 'setStatus', { media: second!.media, status: 'plantowatch' });
    await outboxEmptied(page);
    const ledger = await expectLandedOnce(world, 'after-write-same-second', [
      first!.expected,
      second!.expected,
    ]);
    expect(ledger.duplicated).toBe(0);
    expect(await shown(second!.media)).toMatchObject({ status: 'plantowatch', pendingWrites: 0 });
  });
});
