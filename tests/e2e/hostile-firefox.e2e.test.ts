/**
 * The hostile page of faults-hostile.e2e.test.ts, in Firefox, where the content script sees the page
 * through Xray wrappers rather than from an isolated world: traps set before anything else ran read
 * nothing of the user's state, synthetic clicks inside change nothing, and the page measures the same
 * control before and after the user takes the title off their lists.
 */
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_USER } from '../simkl-service/index';
import { type BuildTarget, ensureBuilt } from './harness/build-output';
import { inControls } from './harness/closed-roots';
import { type FirefoxSession, launchFirefox } from './harness/firefox';
import {
  CONTROL,
  clickInControl,
  openMenu,
  removeFromList,
  waitForButtonText,
  waitForVisibleInControl,
} from './harness/pages';
import { startWorld, type World } from './harness/world';
import { footprint } from './scenarios/hostile-footprint';
import { readAsThePage, setTraps, wordsOf } from './scenarios/hostile-reader';
import { goto, sleep } from './scenarios/sites-pages';
import { MATRIX } from './scenarios/slice';

const SUSPECTS_URL = 'https://www.imdb.com/title/tt0114814/';
const LISTED_LABEL = 'Simkl: Plan to Watch ★8';
const NOTHING = { roots: 0, ours: 0, leaked: [], trapsSet: true };

/** Runs in the page with the closed root handed over by the test: synthetic input on every entry. */
function clickEverythingInside(roots: ShadowRoot[]): number {
  const entries = Array.from(
    roots[0]?.querySelectorAll<HTMLElement>('[data-status], [data-rating], [data-action], [data-testid]') ??
      [],
  ).filter((entry) => entry.getAttribute('data-action') !== 'open');
  for (const entry of entries) {
    entry.click();
    entry.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, composed: true }));
  }
  return entries.length;
}

describe.each<BuildTarget>(['firefox-mv3'])('a hostile page in Firefox (%s)', (target) => {
  let world: World;
  let firefox: FirefoxSession;
  let page: Page;

  beforeAll(async () => {
    world = await startWorld();
    world.control.seedLibrary(DEMO_USER.id, [
      { ids: { imdb: 'tt0133093' }, status: 'plantowatch', rating: 8 },
    ]);
    firefox = await launchFirefox({ extensionDir: ensureBuilt(target), world });
    page = await firefox.newPage();
    await setTraps(page);
  });

  afterAll(async () => {
    await firefox?.close();
    await world?.close();
  });

  it('reads nothing of the list status or the rating, and measures the same control either way', async () => {
    await goto(page, SUSPECTS_URL);
    await waitForButtonText(page, 'Sign in to Simkl');
    await clickInControl(page, CONTROL.button);
    await waitForButtonText(page, 'Add to Simkl', 20_000);

    await goto(page, MATRIX.url);
    await waitForButtonText(page, LISTED_LABEL);
    const words = [...wordsOf(LISTED_LABEL), 'plantowatch'];
    const loot = await readAsThePage(page, words);
    console.log(`hostile reader in Firefox: ${JSON.stringify(loot)}`);
    expect(loot).toEqual(NOTHING);
    const listedClosed = await footprint(page);
    await clickInControl(page, CONTROL.button);
    await waitForVisibleInControl(page, CONTROL.status('dropped'));
    expect(await readAsThePage(page, words)).toEqual(NOTHING);
    const listedOpen = await footprint(page);

    const before = world.control.requestLog().length;
    expect(await inControls(page, clickEverythingInside, null)).toBeGreaterThan(10);
    await sleep(1_500);
    const writes = world.control
      .requestLog()
      .slice(before)
      .filter((entry) => entry.method === 'POST' && entry.path.startsWith('/sync/'));
    expect(writes).toEqual([]);
    expect(world.control.library(DEMO_USER.id).movies).toEqual([
      expect.objectContaining({ title: MATRIX.title, status: 'plantowatch', rating: 8 }),
    ]);

    // The user takes the title off their lists (a real click): what the page measures stays the same.
    await removeFromList(page);
    await waitForButtonText(page, 'Add to Simkl');
    expect(await readAsThePage(page, [...words, ...wordsOf('Add to Simkl')])).toEqual(NOTHING);
    expect(await footprint(page)).toEqual(listedClosed);
    await openMenu(page);
    await waitForVisibleInControl(page, CONTROL.status('dropped'));
    expect(await footprint(page)).toEqual(listedOpen);
  });
});
