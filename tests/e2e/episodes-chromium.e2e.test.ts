/** Episodes and seasons in Chromium: episodes and seasons on the site pages (scenarios/episodes.ts). */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, it } from 'vitest';
import { ensureBuilt } from './harness/build-output';
import { type ChromiumSession, launchChromium } from './harness/chromium';
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
let chrome: ChromiumSession;
let page: Page;

beforeAll(async () => {
  world = await startWorld();
  seedEpisodeLibrary(world);
  chrome = await launchChromium({ extensionDir: ensureBuilt('chrome-mv3'), world });
  page = await chrome.context.newPage();
  await signInFromTheControl(world, page);
});

afterAll(async () => {
  await chrome?.close();
  await world?.close();
});

// One session, in order: the steps share the library they change.
describe('episodes and seasons on the site pages in Chromium', () => {
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
