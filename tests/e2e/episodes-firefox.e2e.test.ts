/** Episodes and seasons in Firefox: episodes and seasons on the site pages (scenarios/episodes.ts). */
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, it } from 'vitest';
import { ensureBuilt } from './harness/build-output';
import { type FirefoxSession, launchFirefox } from './harness/firefox';
import { startWorld, type World } from './harness/world';
import {
  catchUpLandsTheGap,
  episodePageFromMirror,
  malEpisodePageMarksItsEpisode,
  seasonListMarksRows,
  seasonPageMarksTheSeason,
  seedEpisodeLibrary,
  unwatchLandsThatEpisode,
} from './scenarios/episodes';
import { signInFromTheControl } from './scenarios/slice';

let world: World;
let firefox: FirefoxSession;
let page: Page;

beforeAll(async () => {
  world = await startWorld();
  seedEpisodeLibrary(world);
  firefox = await launchFirefox({ extensionDir: ensureBuilt('firefox-mv2'), world });
  page = await firefox.newPage();
  await signInFromTheControl(world, page);
});

afterAll(async () => {
  await firefox?.close();
  await world?.close();
});

// One session, in order: the steps share the library they change.
describe('episodes and seasons on the site pages in Firefox', () => {
  it('an IMDb episode page shows its episode watched, with the date, from the mirror (0 Simkl requests)', async () => {
    await episodePageFromMirror(world, page);
  });

  it("IMDb's season list says the season's progress and marks its watched rows", async () => {
    await seasonListMarksRows(world, page);
  });

  it('Unwatch lands exactly that episode, and the page then says not watched from the mirror', async () => {
    await unwatchLandsThatEpisode(world, page);
  });

  it('Mark watched up to here says how many, and lands exactly those episodes', async () => {
    await catchUpLandsTheGap(world, page);
  });

  it('a TMDB season page marks its season', async () => {
    await seasonPageMarksTheSeason(world, page);
  });

  it('a MyAnimeList episode page marks its episode', async () => {
    await malEpisodePageMarksItsEpisode(world, page);
  });
});
