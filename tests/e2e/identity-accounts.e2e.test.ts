/**
 * No accounts mixed. Demo Watcher has lists and two writes waiting (Simkl answered the
 * first with a long 429) when Simkl revokes their session; Ben signs in on the same browser. The
 * control and the popup show only Ben's lists, the popup says Demo Watcher's writes wait for them,
 * and those writes reach Demo Watcher's library, once each, only after Demo Watcher signs in again.
 */
import type { Page } from 'playwright-core';
import { beforeAll, expect, it } from 'vitest';
import { DEMO_USER } from '../simkl-service/index';
import type { LogEntry } from '../simkl-service/types';
import { type AnyPage, waitForButtonText } from './harness/pages';
import { describeInBrowsers } from './harness/suite';
import type { World } from './harness/world';
import { storedSession, storedWrites } from './scenarios/faults-idb';
import { expectLandedOnce, isWritePost } from './scenarios/faults-ledger';
import { ask, type FaultRun, signInQuietly, startFaultRun } from './scenarios/faults-run';
import { film } from './scenarios/faults-titles';
import { openPopupOn, SIMKL, SITE_PAGES } from './scenarios/popup';
import { eventually } from './scenarios/slice';

const WAITING_TEXT = '2 changes wait for Demo Watcher to sign in again';
const DEMO_LISTS = [
  { ids: { imdb: 'tt0133093' }, type: 'movie' as const, status: 'completed' as const, rating: 9 },
  { ids: { imdb: 'tt0436992' }, type: 'show' as const, status: 'watching' as const, watchedEpisodes: 12 },
];
const BENS_LISTS = [{ ids: { imdb: 'tt0436992' }, type: 'show' as const, status: 'plantowatch' as const }];
/** The writes Demo Watcher leaves waiting. */
const WRITES = [film('tt0114814', 'plantowatch'), film('tt0110912', 'completed')];

async function controlReads(site: AnyPage, url: string, text: RegExp): Promise<void> {
  await (site as Page).goto(url);
  await waitForButtonText(site, text);
}

function titlesOf(world: World, userId: number): string[] {
  const { movies, shows, anime } = world.control.library(userId);
  return [...movies, ...shows, ...anime].map((entry) => `${entry.title}: ${entry.status}`).sort();
}

const writesBy = (log: LogEntry[], userId: number) =>
  log.filter((entry) => isWritePost(entry) && entry.userId === userId);

describeInBrowsers('two Simkl accounts on one browser', { scenario: 'identity-accounts' }, (suite) => {
  let run: FaultRun;
  let ben: number;

  beforeAll(async () => {
    run = await startFaultRun(suite, {}, DEMO_LISTS);
    ben = run.world.control.createUser('Ben').id;
    run.world.control.seedLibrary(ben, BENS_LISTS);
  });

  it("shows Ben only his lists, and sends Demo Watcher's writes only under Demo Watcher", async () => {
    const { world, chrome, page } = run;
    const browser = run.session.pages;
    const site = await chrome.context.newPage();
    await controlReads(site, SITE_PAGES.matrix, /^Simkl: Completed ★9/);

    // Two writes wait: Simkl asks for two minutes' rest on the first; the second queues behind it.
    world.control.injectFault({
      method: 'POST',
      host: 'api.simkl.com',
      path: '/sync/add-to-list',
      times: 1,
      action: { status: 429, headers: { 'Retry-After': '120' }, body: { error: 'rate_limit' } },
    });
    for (const { media, expected } of WRITES)
      await ask(page, 'setStatus', { media, status: expected.status });
    await eventually(
      () => world.control.requestLog().filter(isWritePost).length,
      (count) => count > 0,
    );
    expect((await storedWrites(page)).map((write) => write.state)).toEqual(['queued', 'queued']);

    // Simkl revokes the session; the next request finds out.
    const session = await storedSession(page);
    world.control.revokeToken(session?.refreshToken ?? '');
    world.control.revokeToken(session?.accessToken ?? '');
    await ask(page, 'syncNow', {}).catch(() => undefined);
    await eventually(
      () => ask(page, 'account', {}),
      (account) => !account.signedIn,
    );
    let popup = await chrome.openPopup();
    await popup.getByText(WAITING_TEXT).waitFor();
    await popup.close();

    // Ben signs in on the same browser.
    world.control.setWebUser(ben);
    await signInQuietly(world, page);
    expect((await ask(page, 'account', {})).user?.name).toBe('Ben');
    await controlReads(site, SITE_PAGES.matrix, /^Add to Simkl/);
    await controlReads(site, SITE_PAGES.doctorWho, /^Simkl: Plan to Watch/);
    popup = (await openPopupOn(browser, 'https://www.imdb.com/title/tt0436992/*')) as Page;
    await popup.locator('[data-testid="item-status"]', { hasText: /^Plan to Watch$/ }).waitFor();
    await popup.getByText(WAITING_TEXT).waitFor();
    expect(await popup.locator('.pending li:not([data-state="waiting"])').count()).toBe(0);
    await popup.close();
    expect(await ask(page, 'exportData', {})).toMatchObject({
      library: [expect.objectContaining({ ids: expect.objectContaining({ simkl: SIMKL.doctorWho }) })],
      pendingWrites: [],
    });
    expect(writesBy(world.control.requestLog(), ben)).toEqual([]);
    expect(titlesOf(world, ben)).toEqual(['Doctor Who: plantowatch']);

    // Ben leaves; Demo Watcher comes back, and their writes go, once each, to their own library.
    await ask(page, 'signOut', {});
    world.control.setWebUser(DEMO_USER.id);
    await signInQuietly(world, page);
    await expectLandedOnce(
      world,
      'accounts',
      WRITES.map((write) => write.expected),
    );
    expect(writesBy(world.control.requestLog(), ben)).toEqual([]);
    expect(titlesOf(world, ben)).toEqual(['Doctor Who: plantowatch']);
    await controlReads(site, SITE_PAGES.matrix, /^Simkl: Completed ★9/);
    await site.close();
  });
});
