/**
 * AniDB, Anime-Planet and TheTVDB turned on from the options, used, and turned off
 * (scenarios/tvdb-anidb-sites.ts), in one session per browser. The browser's question is answered
 * through its automation, as for Letterboxd (more-sites.e2e.test.ts).
 */
import { beforeAll, expect, it } from 'vitest';
import { chromeSiteAccess } from './harness/chromium-site-access';
import { type AnyPage, waitForButtonText } from './harness/pages';
import { describeInBrowsers, type Session } from './harness/suite';
import { click, closePage, waitForText } from './scenarios/extension-pages';
import { simklQuiet, simklRequests, waitForBadges } from './scenarios/list-badges-read';
import { simklSince } from './scenarios/more-sites';
import { goto, sleep, waitForControlCount } from './scenarios/sites-pages';
import { signInFromTheControl } from './scenarios/slice';
import {
  ALL_OFF,
  ALL_ON,
  ANIDB_ANIME,
  ANIDB_LIST,
  ANIMEPLANET_ANIME,
  idSearches,
  SITE_HOSTS,
  SITES,
  seedAnimeAndTvdb,
  sitesFootprintBecomes,
  TVDB_SERIES,
} from './scenarios/tvdb-anidb-sites';

const switchOf = (site: string) => `input[data-optional-site="${site}"]`;

describeInBrowsers(
  'more sites: AniDB, Anime-Planet and TheTVDB',
  { scenario: 'tvdb-anidb-sites' },
  (suite) => {
    let session: Session;
    let page: AnyPage;

    beforeAll(async () => {
      session = await suite.start({
        seed: seedAnimeAndTvdb,
        firefoxPrefs: { 'extensions.webextOptionalPermissionPrompts': false },
      });
      page = await session.newPage();
      await signInFromTheControl(session.world, page);
    });

    it('turns the three sites on from the options: each asked for from its click, its scripts registered', async () => {
      if (session.browser === 'chromium') await chromeSiteAccess(session.chrome, 'grant', SITE_HOSTS);
      const options = await session.openExtensionPage('options.html');
      await waitForText(options, '[data-testid="more-sites"] h2', /More sites/);
      for (const site of SITES) await click(options, switchOf(site));
      await sitesFootprintBecomes(options, ALL_ON);
      await closePage(options);
    });

    it("shows an AniDB anime's state from the mirror by its AniDB id, asking Simkl nothing", async () => {
      await simklQuiet(session.world);
      const before = simklRequests(session.world);
      await goto(page, ANIDB_ANIME);
      await waitForButtonText(page, /Watching/, 20_000);
      expect(simklSince(session.world, before)).toEqual([]);
    });

    it("badges AniDB's anime list from the title index, asking Simkl nothing", async () => {
      await simklQuiet(session.world);
      const before = simklRequests(session.world);
      await goto(page, ANIDB_LIST);
      const seen = await waitForBadges(page, (badges) => badges.length >= 3);
      expect(seen.map(({ href, label }) => [href, label])).toEqual([
        ['/anime/4563', 'Simkl: Completed, rated 10'],
        ['https://anidb.net/anime/23', 'Simkl: Watching, 5 of 26 episodes'],
        ['/perl-bin/animedb.pl?show=anime&aid=8597', 'Simkl: On Hold'],
      ]);
      await sleep(1_000);
      expect(simklSince(session.world, before)).toEqual([]);
    });

    it('finds an Anime-Planet anime by one /search/id, and asks nothing on the next visit', async () => {
      await simklQuiet(session.world);
      session.world.control.clearLog();
      await goto(page, ANIMEPLANET_ANIME);
      await waitForButtonText(page, /Completed/, 20_000);
      await sleep(1_000);
      expect(idSearches(session.world)).toEqual([expect.objectContaining({ animeplanet: 'death-note' })]);
      expect(simklSince(session.world, 0)).toEqual(['GET /search/id']);
      session.world.control.clearLog();
      await goto(page, TVDB_SERIES);
      await goto(page, ANIMEPLANET_ANIME);
      await waitForButtonText(page, /Completed/, 20_000);
      await sleep(1_000);
      expect(simklSince(session.world, 0)).toEqual([]);
    });

    it("shows a TheTVDB series' state from the mirror by its TVDB number, asking Simkl nothing", async () => {
      await simklQuiet(session.world);
      const before = simklRequests(session.world);
      await goto(page, TVDB_SERIES);
      await waitForButtonText(page, /Completed/, 20_000);
      expect(simklSince(session.world, before)).toEqual([]);
    });

    it('turned off from the options, leaves nothing behind: no access, no script, no control', async () => {
      const options = await session.openExtensionPage('options.html');
      for (const site of SITES) await click(options, switchOf(site));
      await sitesFootprintBecomes(options, ALL_OFF);
      await closePage(options);
      await goto(page, ANIDB_ANIME);
      await sleep(1_500);
      expect(await waitForControlCount(page, 0)).toBe(0);
    });
  },
);
