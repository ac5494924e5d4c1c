/**
 * Trakt turned on from the options, used, and turned off (scenarios/trakt.ts), in one session per
 * browser. The browser's question is answered through its automation as for Letterboxd
 * (more-sites.e2e.test.ts): Firefox's prompts are off, Chromium's site access is granted first.
 */
import { beforeAll, expect, it } from 'vitest';
import { DEMO_USER } from '../simkl-service/index';
import { chromeSiteAccess } from './harness/chromium-site-access';
import { type AnyPage, clickInControl, waitForButtonText } from './harness/pages';
import { describeInBrowsers, type Session } from './harness/suite';
import { click, closePage, waitForText } from './scenarios/extension-pages';
import { settled } from './scenarios/faults-run';
import { historyPosts } from './scenarios/history-import';
import { hostCount, simklQuiet, simklRequestList, simklRequests } from './scenarios/list-badges-read';
import { openPopupOn } from './scenarios/popup';
import {
  clickPage,
  goto,
  inPage,
  placement,
  reload,
  sleep,
  waitForControlCount,
} from './scenarios/sites-pages';
import { eventually, signInFromTheControl } from './scenarios/slice';
import {
  APP_EPISODE,
  APP_MOVIE,
  EPISODE,
  GRID,
  historyItems,
  MOVIE,
  SHOW,
  seedTrakt,
  TRAKT_HOSTS,
  traktFootprintBecomes,
} from './scenarios/trakt';

const SWITCH = 'input[data-optional-site="trakt"]';
const ON = { granted: true, scripts: ['trakt', 'trakt-badges'] };
const OFF = { granted: false, scripts: [] };

describeInBrowsers('Trakt, an optional site', { scenario: 'trakt' }, (suite) => {
  let session: Session;
  let page: AnyPage;

  beforeAll(async () => {
    session = await suite.start({
      seed: seedTrakt,
      firefoxPrefs: { 'extensions.webextOptionalPermissionPrompts': false },
    });
    page = await session.newPage();
    await signInFromTheControl(session.world, page);
  });

  it('runs nothing on Trakt until the user turns it on from the options, which registers its scripts', async () => {
    await goto(page, MOVIE);
    await sleep(1_500);
    expect(await waitForControlCount(page, 0)).toBe(0);
    if (session.browser === 'chromium') await chromeSiteAccess(session.chrome, 'grant', TRAKT_HOSTS);
    const options = await session.openExtensionPage('options.html');
    await waitForText(options, '[data-testid="more-sites"] h2', /More sites/);
    await traktFootprintBecomes(options, OFF);
    await click(options, SWITCH);
    await traktFootprintBecomes(options, ON);
    await closePage(options);
  });

  it("shows a movie's state from the mirror by its TMDB id, asking Simkl nothing", async () => {
    await simklQuiet(session.world);
    const before = simklRequests(session.world);
    await goto(page, MOVIE);
    await waitForButtonText(page, /Completed/, 20_000);
    await sleep(1_000);
    expect(simklRequestList(session.world).slice(before)).toEqual([]);
    // The popup on that tab shows the same title and state.
    const popup = await openPopupOn(session.pages, `${MOVIE}*`);
    await waitForText(popup, '[data-testid="item-title"]', /^Inception/);
    await waitForText(popup, '[data-testid="item-status"]', /^Completed$/);
    await closePage(popup);
  });

  it('looks a show the lists lack up once by its IMDb id, and asks nothing on the next visit', async () => {
    await settled(session.world);
    session.world.control.clearLog();
    await goto(page, SHOW);
    await waitForButtonText(page, 'Add to Simkl', 20_000);
    await settled(session.world);
    expect(simklRequestList(session.world)).toEqual(['GET /search/id']);
    expect(
      session.world.control.requestLog().find((entry) => entry.path === '/search/id')?.query,
    ).toMatchObject({
      imdb: 'tt0944947',
    });
    session.world.control.clearLog();
    await reload(page);
    await waitForButtonText(page, 'Add to Simkl', 20_000);
    await settled(session.world, 1_000);
    expect(simklRequestList(session.world)).toEqual([]);
  });

  it("says an episode page's episode state, and marks that episode watched exactly once", async () => {
    await simklQuiet(session.world);
    session.world.control.clearLog();
    await goto(page, EPISODE);
    await waitForButtonText(page, 'Simkl: S1E1 · not watched', 30_000);
    await clickInControl(page, '[data-testid="simkl-button"]');
    await clickInControl(page, '[data-action="watched"]');
    await waitForButtonText(page, /^Simkl: S1E1 ✓/);
    const posts = await eventually(
      () => historyPosts(session.world).filter((entry) => entry.status < 300),
      (landed) => landed.length >= 1,
      30_000,
    );
    await simklQuiet(session.world);
    expect(historyPosts(session.world)).toHaveLength(1);
    // Breaking Bad (Simkl 11121, found by its TMDB id 1396), season 1, episode 1: nothing else.
    expect(posts.map(historyItems)).toEqual([{ shows: ['11121 S1E1'], movies: 0 }]);
    const show = session.world.control
      .library(DEMO_USER.id)
      .shows.find((entry) => entry.title === 'Breaking Bad');
    expect(show?.watchedEpisodes.map(({ season, episode }) => `S${season}E${episode}`).sort()).toEqual([
      'S1E1',
      'S1E2',
    ]);
    // Once written, a visit is the mirror's alone.
    session.world.control.clearLog();
    await reload(page);
    await waitForButtonText(page, /^Simkl: S1E1 ✓/, 20_000);
    await sleep(1_000);
    expect(simklRequestList(session.world)).toEqual([]);
  });

  it("gives a grid's posters their badges without asking Simkl anything", async () => {
    await simklQuiet(session.world);
    session.world.control.clearLog();
    await goto(page, GRID);
    const hosts = await eventually(
      () => hostCount(page),
      (count) => count === 3,
      20_000,
    );
    expect(hosts).toBe(3);
    await sleep(1_500);
    expect(simklRequestList(session.world)).toEqual([]);
    // No page of Trakt's is fetched for ids: only the grid itself was asked for.
    const traktPaths = session.world.control
      .requestLog()
      .filter((entry) => TRAKT_HOSTS.includes(entry.host) && !entry.path.startsWith('/_fixture/'))
      .map((entry) => entry.path);
    expect(traktPaths).toEqual(['/movies/trending']);
  });

  it("gives the app's episode view a floating control from its URL alone, asking Simkl nothing", async () => {
    await settled(session.world);
    session.world.control.clearLog();
    await goto(page, APP_EPISODE);
    expect(await waitForControlCount(page, 1, 20_000)).toBe(1);
    // The app's DOM is unverified: no anchor, and no IMDb or TMDB id to look the show up by, so it
    // reads as a title Simkl does not know.
    await waitForButtonText(page, 'Add to Simkl', 20_000);
    expect(await placement(page)).toMatchObject({ count: 1, floating: true });
    await settled(session.world, 1_000);
    expect(simklRequestList(session.world)).toEqual([]);
  });

  it("follows the app's client-side navigation: one control, for the movie the page now shows", async () => {
    await goto(page, APP_MOVIE);
    await waitForButtonText(page, /Completed/, 20_000);
    await clickPage(page, 'a[data-spa]');
    // The new movie's buttons show before the canonical link names it: its state only once it does.
    await waitForButtonText(page, /Plan to Watch/, 20_000);
    expect(await placement(page)).toMatchObject({ count: 1, floating: true });
    expect(await inPage(page, () => location.pathname, null)).toBe('/movies/fight-club-1999');
  });

  it('turned off from the options, leaves nothing behind', async () => {
    const options = await session.openExtensionPage('options.html');
    await click(options, SWITCH);
    await traktFootprintBecomes(options, OFF);
    await closePage(options);
    await goto(page, MOVIE);
    await sleep(1_500);
    expect(await waitForControlCount(page, 0)).toBe(0);
    await goto(page, GRID);
    await sleep(1_500);
    expect(await hostCount(page)).toBe(0);
  });
});
