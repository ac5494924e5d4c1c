import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureBuilt } from './harness/build-output';
import { type FirefoxSession, launchFirefox } from './harness/firefox';
import { startWorld, type World } from './harness/world';
import { seriousViolations } from './scenarios/axe';
import { type Browserish, click, closePage, firefoxPages, goto, waitFor } from './scenarios/extension-pages';
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

let world: World;
let firefox: FirefoxSession;
let browser: Browserish;
let site: Page;

beforeAll(async () => {
  world = await startWorld();
  seedPopupLibrary(world);
  firefox = await launchFirefox({ extensionDir: ensureBuilt('firefox-mv2'), world });
  browser = firefoxPages(firefox);
  site = await firefox.newPage();
  await signInFromThePopup(world, browser);
});

afterAll(async () => {
  await firefox?.close();
  await world?.close();
});

describe('the popup in Firefox (firefox-mv2)', () => {
  it('has no serious accessibility violations, in either view', async () => {
    await goto(site, SITE_PAGES.doctorWho);
    const popup = await openPopupOn(browser, 'https://www.imdb.com/title/tt0436992/*');
    expect(await seriousViolations(popup)).toEqual([]);
    await click(popup, '#tab-upcoming');
    await waitFor(popup, '[data-testid="upcoming"]');
    expect(await seriousViolations(popup)).toEqual([]);
    await closePage(popup);
  });

  it('searches Simkl and adds a result to Plan to Watch', () => searchAndAdd(world, browser));
  it('changes a movie: each list, rating and clearing it, mark watched, remove', () =>
    movieControls(world, browser, site));
  it('marks a show watched: the next episode, this page’s episode, then the whole show when confirmed', () =>
    showControls(world, browser, site));
  it('checks in on the Netflix player', () => checkInOnTheNetflixPlayer(world, browser, site));
  it("lists a Watching show's upcoming episode", () => upcomingListsTheAiringShow(browser));
  it('downloads a poster once across two popup opens', () => posterDownloadedOnce(world, browser, site));
});
