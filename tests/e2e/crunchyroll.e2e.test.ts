/**
 * Crunchyroll turned on from the options and its watch and series pages' control, with the Simkl
 * requests of a first and a second visit (scenarios/crunchyroll.ts), in one session per browser.
 * The browser's question is answered through its automation, as for the other optional sites.
 */
import { beforeAll, expect, it } from 'vitest';
import { chromeSiteAccess } from './harness/chromium-site-access';
import { type AnyPage, waitForButtonText } from './harness/pages';
import { describeInBrowsers, type Session } from './harness/suite';
import {
  crunchyrollFootprintBecomes,
  idSearches,
  OLDER_PLAYER_PAGE,
  ON,
  SEARCH_PAGE,
  SERIES_PAGE,
  SITE_HOSTS,
  seedCrunchyrollTitles,
  WATCH_PAGE,
} from './scenarios/crunchyroll';
import { click, closePage, waitForText } from './scenarios/extension-pages';
import { simklQuiet } from './scenarios/list-badges-read';
import { simklSince } from './scenarios/more-sites';
import { openPopupOn } from './scenarios/popup';
import { goto, sleep, waitForControlCount } from './scenarios/sites-pages';
import { signInFromTheControl } from './scenarios/slice';

describeInBrowsers('Crunchyroll, an optional site', { scenario: 'crunchyroll' }, (suite) => {
  let session: Session;
  let page: AnyPage;

  beforeAll(async () => {
    session = await suite.start({
      seed: seedCrunchyrollTitles,
      firefoxPrefs: { 'extensions.webextOptionalPermissionPrompts': false },
    });
    page = await session.newPage();
    await signInFromTheControl(session.world, page);
  });

  it('is turned on from the options: the site and its player frame asked for from one click', async () => {
    if (session.browser === 'chromium') await chromeSiteAccess(session.chrome, 'grant', SITE_HOSTS);
    const options = await session.openExtensionPage('options.html');
    await waitForText(options, '[data-testid="more-sites"] h2', /More sites/);
    await click(options, 'input[data-optional-site="crunchyroll"]');
    await crunchyrollFootprintBecomes(options, ON);
    await closePage(options);
  });

  it("shows a watch page's episode state after one /search/id by its Crunchyroll id, and asks nothing on the next visit; the popup agrees", async () => {
    await simklQuiet(session.world);
    session.world.control.clearLog();
    await goto(page, WATCH_PAGE);
    // The episode's own state: the user watches the series and has seen four episodes.
    await waitForButtonText(page, /S1E5 · not watched/, 20_000);
    await sleep(1_000);
    expect(idSearches(session.world)).toEqual([expect.objectContaining({ crunchyroll: 'GG5H5XQX4' })]);
    expect(simklSince(session.world, 0)).toEqual(['GET /search/id']);
    session.world.control.clearLog();
    await goto(page, SEARCH_PAGE);
    await goto(page, WATCH_PAGE);
    // The episode's own state: the user watches the series and has seen four episodes.
    await waitForButtonText(page, /S1E5 · not watched/, 20_000);
    await sleep(1_000);
    expect(simklSince(session.world, 0)).toEqual([]);
  });

  it('finds a series page by its title as anime when Simkl does not know its id, then asks nothing; the popup agrees', async () => {
    await simklQuiet(session.world);
    session.world.control.clearLog();
    await goto(page, SERIES_PAGE);
    await waitForButtonText(page, /Completed/, 20_000);
    await sleep(1_000);
    expect(idSearches(session.world)).toEqual([
      expect.objectContaining({ crunchyroll: 'GY5VXG0ZR' }),
      expect.objectContaining({ title: 'Steins;Gate', type: 'anime' }),
    ]);
    expect(simklSince(session.world, 0)).toEqual(['GET /search/id', 'GET /search/id']);
    session.world.control.clearLog();
    await goto(page, SEARCH_PAGE);
    expect(await waitForControlCount(page, 0)).toBe(0);
    await goto(page, SERIES_PAGE);
    await waitForButtonText(page, /Completed/, 20_000);
    await sleep(1_000);
    expect(simklSince(session.world, 0)).toEqual([]);
    const popup = await openPopupOn(session.pages, `${SERIES_PAGE}*`);
    await waitForText(popup, '[data-testid="item-title"]', /^Steins;Gate/);
    await waitForText(popup, '[data-testid="item-status"]', /^Completed/);
    await closePage(popup);
  });

  it('gives a German watch page with the older player its control, the series found by its title', async () => {
    await simklQuiet(session.world);
    session.world.control.clearLog();
    await goto(page, OLDER_PLAYER_PAGE);
    // Found, and not on the user's lists: the control offers to add it.
    await waitForButtonText(page, 'Add to Simkl', 20_000);
    await sleep(1_000);
    expect(idSearches(session.world)).toEqual([
      expect.objectContaining({ crunchyroll: 'GY3VWX36R' }),
      expect.objectContaining({ title: 'Hunter x Hunter', type: 'anime' }),
    ]);
  });
});
