import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureBuilt, REPO_ROOT } from './harness/build-output';
import { type ChromiumSession, launchChromium } from './harness/chromium';
import { startWorld, type World } from './harness/world';
import { seriousViolations } from './scenarios/axe';
import { type Browserish, chromiumPages, click, evaluate, goto, waitFor } from './scenarios/extension-pages';
import {
  checkInOnTheNetflixPlayer,
  movieControls,
  openPopupOn,
  posterDownloadedOnce,
  SITE_PAGES,
  searchAndAdd,
  seedPopupLibrary,
  showControls,
  signInFromThePopup,
  upcomingListsTheAiringShow,
} from './scenarios/popup';

/** `UPDATE_SCREENSHOTS=1` refreshes the README's pictures; otherwise they go to a scratch folder. */
const SHOTS_DIR = process.env.UPDATE_SCREENSHOTS
  ? path.join(REPO_ROOT, 'docs/screenshots')
  : fs.mkdtempSync(path.join(os.tmpdir(), 'simkl-shots-'));

let world: World;
let chrome: ChromiumSession;
let browser: Browserish;
let site: Page;

beforeAll(async () => {
  world = await startWorld();
  seedPopupLibrary(world);
  chrome = await launchChromium({ extensionDir: ensureBuilt('chrome-mv3'), world });
  browser = chromiumPages(chrome);
  site = await chrome.context.newPage();
  await signInFromThePopup(world, browser);
});

afterAll(async () => {
  await chrome?.close();
  await world?.close();
});

describe('the popup in Chromium', () => {
  // First, while Doctor Who is still being watched: the screenshots show a show in progress.
  it('renders light and dark, and takes the screenshots', async () => {
    await goto(site, SITE_PAGES.doctorWho);
    const popup = (await openPopupOn(browser, 'https://www.imdb.com/title/tt0436992/*')) as Page;
    await popup.setViewportSize({ width: 384, height: 640 });
    await waitFor(popup, 'img.poster');
    const background = () =>
      evaluate(popup, () => getComputedStyle(document.documentElement).backgroundColor, null);
    await popup.emulateMedia({ colorScheme: 'light' });
    expect(await background()).toBe('rgb(255, 255, 255)');
    await popup.screenshot({ path: path.join(SHOTS_DIR, 'popup-light.png') });
    await popup.emulateMedia({ colorScheme: 'dark' });
    expect(await background()).toBe('rgb(22, 25, 30)');
    await popup.screenshot({ path: path.join(SHOTS_DIR, 'popup-dark.png') });
    await click(popup, '#tab-upcoming');
    await waitFor(popup, '[data-testid="upcoming"]');
    await popup.screenshot({ path: path.join(SHOTS_DIR, 'popup-upcoming-dark.png') });
    expect(fs.statSync(path.join(SHOTS_DIR, 'popup-dark.png')).size).toBeGreaterThan(5_000);
    await popup.close();
  });

  it('searches Simkl and adds a result to Plan to Watch', () => searchAndAdd(world, browser));
  it('changes a movie: each list, rating and clearing it, mark watched, remove', () =>
    movieControls(world, browser, site));
  it('marks a show watched: the next episode, this page’s episode, then the whole show when confirmed', () =>
    showControls(world, browser, site));
  it('checks in on the Netflix player', () => checkInOnTheNetflixPlayer(world, browser, site));
  it("lists a Watching show's upcoming episode", () => upcomingListsTheAiringShow(browser));
  it('downloads a poster once across two popup opens', () => posterDownloadedOnce(world, browser, site));

  it('has no serious accessibility violations, in either view', async () => {
    await goto(site, SITE_PAGES.doctorWho);
    const popup = (await openPopupOn(browser, 'https://www.imdb.com/title/tt0436992/*')) as Page;
    expect(await seriousViolations(popup)).toEqual([]);
    await click(popup, '#tab-upcoming');
    await waitFor(popup, '[data-testid="upcoming"]');
    expect(await seriousViolations(popup)).toEqual([]);
    await popup.close();
  });
});
