/**
 * The session revoked on Simkl's side while writes wait in the queue. The extension must notice once,
 * sign out with the reason on screen, stop asking (a bounded number of requests, then silence), and
 * keep the writes it could not send waiting for their user, which the popup says; they go by
 * themselves when that user signs in again.
 */
import { beforeAll, expect, it } from 'vitest';
import { textInControl, waitForButtonText } from './harness/pages';
import { describeInBrowsers } from './harness/suite';
import { storedSession, storedWrites } from './scenarios/faults-idb';
import { expectLandedOnce, isWritePost } from './scenarios/faults-ledger';
import { ask, type FaultRun, settled, signInQuietly, startFaultRun } from './scenarios/faults-run';
import { films } from './scenarios/faults-titles';
import { eventually, MATRIX } from './scenarios/slice';

let run: FaultRun;

/** What the user reads, written out: the test must not take the words from the code it checks. */
const REVOKED_REASON = 'Your Simkl session was revoked or expired. Sign in again.';

describeInBrowsers('a session revoked on the service', { scenario: 'faults-revoked' }, (suite) => {
  beforeAll(async () => {
    run = await startFaultRun(suite);
  });

  it('signs out with the reason, stops asking, and keeps the unsent writes for their user', async () => {
    const { world, chrome, page } = run;
    const control = await chrome.context.newPage();
    await control.goto(MATRIX.url);
    await waitForButtonText(control, /Add to Simkl/);
    const session = await storedSession(page);
    expect(session?.refreshToken).toBeTruthy();

    // Three writes; Simkl holds the first one's answer, and the session is revoked meanwhile.
    const titles = films(3, 12);
    world.control.injectFault({
      method: 'POST',
      host: 'api.simkl.com',
      path: '/sync/add-to-list',
      times: 1,
      action: { delayMs: 1_500 },
    });
    for (const { media } of titles) await ask(page, 'setStatus', { media, status: 'plantowatch' });
    await eventually(
      () => world.control.requestLog().filter(isWritePost).length,
      (count) => count > 0,
    );
    world.control.revokeToken(session?.refreshToken ?? '');
    const revokedAt = world.control.requestLog().length;

    // Refused for the session, not for themselves: they wait for their user, none failed.
    const held = await eventually(
      () => storedWrites(page),
      (writes) => writes.length === 2 && writes[0]?.error?.kind === 'auth',
    );
    expect(held.map((write) => write.state)).toEqual(['queued', 'queued']);
    expect(held.map((write) => write.error?.kind)).toEqual(['auth', undefined]);
    await settled(world, 2_000);
    const afterRevocation = world.control.requestLog().slice(revokedAt);
    const asked = afterRevocation.map(
      (entry) => `${entry.method} ${entry.host}${entry.path} ${entry.status}`,
    );
    console.log(
      `revoked: ${asked.length} requests after the revocation, then 2 s of none: ${asked.join(', ')}`,
    );
    // To Simkl's API: the write that met the 401 and one refresh (invalid_grant); the next write
    // waits without a request. Then silence: no loop.
    expect(asked.filter((line) => line.includes(' api.simkl.com/'))).toEqual([
      'POST api.simkl.com/sync/add-to-list 401',
      'POST api.simkl.com/oauth2/token 400',
    ]);
    expect(asked.length).toBeLessThanOrEqual(4);

    await waitForButtonText(control, /Sign in to Simkl/);
    expect(await textInControl(control, '#simkl-note')).toBe(REVOKED_REASON);
    const popup = await chrome.openPopup();
    await popup.getByText(REVOKED_REASON).waitFor();
    await popup.getByText('2 changes wait for Demo Watcher to sign in again').waitFor();
    expect(await popup.locator('.pending li[data-state="failed"]').count()).toBe(0);

    // Signing in again sends them by themselves: nothing was lost, nothing goes twice.
    await signInQuietly(world, page);
    await expectLandedOnce(
      world,
      'revoked',
      titles.map((title) => title.expected),
    );
    await popup.close();
    await control.close();
  });
});
