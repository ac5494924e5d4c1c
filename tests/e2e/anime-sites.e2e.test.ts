/**
 * AniList turned on from the options, used, and turned off, then LiveChart and Kitsu
 * (scenarios/anime-sites.ts), in one session per browser. The browser's question is answered through its automation, as for Letterboxd
 * (more-sites.e2e.test.ts): Firefox's prompts are off, Chromium's site access is granted first.
 */
import { beforeAll, expect, it } from 'vitest';
import { chromeSiteAccess } from './harness/chromium-site-access';
import { type AnyPage, waitForButtonText } from './harness/pages';
import { describeInBrowsers, type Session } from './harness/suite';
import {
  ANILIST_LIST,
  ANILIST_ORIGINS,
  ANILIST_TITLE,
  idSearches,
  KITSU_ORIGINS,
  KITSU_TITLE,
  keptKitsuAnswers,
  kitsuApiRequests,
  LIVECHART_ORIGINS,
  LIVECHART_TITLE,
  seedAnimeSites,
  simklSince,
  siteFootprintBecomes,
} from './scenarios/anime-sites';
import { click, closePage, waitForText } from './scenarios/extension-pages';
import { simklQuiet, simklRequests, waitForBadges } from './scenarios/list-badges-read';
import { clickPage, goto, reload, sleep, waitForControlCount } from './scenarios/sites-pages';
import { signInFromTheControl } from './scenarios/slice';

const ANILIST_SWITCH = 'input[data-optional-site="anilist"]';
const LIVECHART_SWITCH = 'input[data-optional-site="livechart"]';
const KITSU_SWITCH = 'input[data-optional-site="kitsu"]';

describeInBrowsers('anime sites: AniList, LiveChart and Kitsu', { scenario: 'anime-sites' }, (suite) => {
  let session: Session;
  let page: AnyPage;

  beforeAll(async () => {
    session = await suite.start({
      seed: seedAnimeSites,
      firefoxPrefs: { 'extensions.webextOptionalPermissionPrompts': false },
    });
    page = await session.newPage();
    await signInFromTheControl(session.world, page);
  });

  it('turns AniList on from the options: the browser is asked from the click, the scripts registered', async () => {
    await goto(page, ANILIST_TITLE);
    await sleep(1_000);
    expect(await waitForControlCount(page, 0)).toBe(0);
    if (session.browser === 'chromium') await chromeSiteAccess(session.chrome, 'grant', ['anilist.co']);
    const options = await session.openExtensionPage('options.html');
    await waitForText(options, '[data-testid="more-sites"] h2', /More sites/);
    await click(options, ANILIST_SWITCH);
    await siteFootprintBecomes(options, ANILIST_ORIGINS, {
      granted: true,
      scripts: ['anilist', 'anilist-badges'],
    });
    await closePage(options);
  });

  it("shows an anime's state through one /search/id?anilist=, and none on the second visit", async () => {
    await simklQuiet(session.world);
    session.world.control.clearLog();
    await goto(page, ANILIST_TITLE);
    await waitForButtonText(page, /Completed/, 20_000);
    await simklQuiet(session.world);
    expect(simklSince(session.world, 0)).toEqual(['GET /search/id']);
    expect(idSearches(session.world)).toEqual([{ anilist: '1535' }]);
    const before = simklRequests(session.world);
    await reload(page);
    await waitForButtonText(page, /Completed/, 20_000);
    await sleep(1_000);
    expect(simklSince(session.world, before)).toEqual([]);
  });

  it('follows a client-side navigation to another anime: the control shows the new one', async () => {
    session.world.control.clearLog();
    await clickPage(page, '.recommendations a.title[data-spa]');
    await waitForButtonText(page, /Watching/, 20_000);
    expect(await waitForControlCount(page, 1)).toBe(1);
    await simklQuiet(session.world);
    expect(idSearches(session.world)).toEqual([{ anilist: '1' }]);
  });

  it("badges a list's anime resolved before, asking Simkl nothing", async () => {
    await simklQuiet(session.world);
    session.world.control.clearLog();
    await goto(page, ANILIST_LIST);
    const seen = await waitForBadges(page, (badges) => badges.length >= 2);
    expect(seen.map(({ href, label }) => ({ href, label }))).toEqual([
      { href: '/anime/1535/Death-Note/', label: 'Simkl: Completed, rated 9' },
      { href: '/anime/1/Cowboy-Bebop/', label: expect.stringMatching(/^Simkl: Watching/) },
    ]);
    await sleep(1_000);
    expect(simklSince(session.world, 0)).toEqual([]);
  });

  it('turned off from the options, leaves nothing behind: no access, no script, no control', async () => {
    const options = await session.openExtensionPage('options.html');
    await click(options, ANILIST_SWITCH);
    await siteFootprintBecomes(options, ANILIST_ORIGINS, { granted: false, scripts: [] });
    await closePage(options);
    await goto(page, ANILIST_TITLE);
    await sleep(1_500);
    expect(await waitForControlCount(page, 0)).toBe(0);
  });

  it("shows LiveChart's anime state from the mirror by the MAL id it links, asking Simkl nothing", async () => {
    if (session.browser === 'chromium') await chromeSiteAccess(session.chrome, 'grant', ['www.livechart.me']);
    const options = await session.openExtensionPage('options.html');
    await click(options, LIVECHART_SWITCH);
    await siteFootprintBecomes(options, LIVECHART_ORIGINS, {
      granted: true,
      scripts: ['livechart', 'livechart-badges'],
    });
    await closePage(options);
    await simklQuiet(session.world);
    const before = simklRequests(session.world);
    await goto(page, LIVECHART_TITLE);
    await waitForButtonText(page, /Completed/, 20_000);
    await sleep(1_000);
    expect(simklSince(session.world, before)).toEqual([]);
  });

  it("completes a Kitsu slug page from Kitsu's own API (one request), then finds it in the mirror by MAL", async () => {
    if (session.browser === 'chromium') await chromeSiteAccess(session.chrome, 'grant', ['kitsu.app']);
    const options = await session.openExtensionPage('options.html');
    await click(options, KITSU_SWITCH);
    // LiveChart, turned on above, keeps its scripts beside Kitsu's.
    await siteFootprintBecomes(options, KITSU_ORIGINS, {
      granted: true,
      scripts: ['kitsu', 'kitsu-badges', 'livechart', 'livechart-badges'],
    });
    await closePage(options);
    await simklQuiet(session.world);
    session.world.control.clearLog();
    await goto(page, KITSU_TITLE);
    await waitForButtonText(page, /Completed/, 20_000);
    await sleep(1_000);
    expect(simklSince(session.world, 0)).toEqual([]);
    expect(kitsuApiRequests(session.world)).toEqual([
      '/api/edge/anime?filter[slug]=death-note&page[limit]=1&include=mappings',
    ]);
    // Client-side navigation to another anime: the stale page lends nothing, the API names the new one.
    await clickPage(page, '.media-franchise a[data-spa]');
    await waitForButtonText(page, /Watching/, 20_000);
    expect(await waitForControlCount(page, 1)).toBe(1);
    expect(kitsuApiRequests(session.world)).toHaveLength(2);
    expect(kitsuApiRequests(session.world)[1]).toContain('filter[slug]=cowboy-bebop');
    expect(simklSince(session.world, 0)).toEqual([]);
    // A later visit finds the kept answer: no request to Kitsu's API, none to Simkl.
    await goto(page, KITSU_TITLE);
    await waitForButtonText(page, /Completed/, 20_000);
    await sleep(1_000);
    expect(kitsuApiRequests(session.world)).toHaveLength(2);
    expect(simklSince(session.world, 0)).toEqual([]);
  });

  it('turns Kitsu off: its scripts and the answers it kept are gone', async () => {
    const options = await session.openExtensionPage('options.html');
    await click(options, KITSU_SWITCH);
    await siteFootprintBecomes(options, KITSU_ORIGINS, {
      granted: false,
      scripts: ['livechart', 'livechart-badges'],
    });
    expect(await keptKitsuAnswers(options)).toEqual([]);
    await closePage(options);
  });
});
