import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, it } from 'vitest';
import { ensureBuilt } from './harness/build-output';
import { type ChromiumSession, launchChromium } from './harness/chromium';
import { startWorld, type World } from './harness/world';
import {
  chart250Badges,
  hostileCannotRead,
  malAndTmdbLists,
  netflixRowsFillInLate,
  plusAddsTitles,
  seedListLibrary,
  switchedOffSiteShowsNone,
} from './scenarios/list-badges';
import { signInFromTheControl } from './scenarios/slice';

let world: World;
let chrome: ChromiumSession;
let page: Page;

beforeAll(async () => {
  world = await startWorld();
  seedListLibrary(world);
  chrome = await launchChromium({ extensionDir: ensureBuilt('chrome-mv3'), world });
  page = await chrome.context.newPage();
});

afterAll(async () => {
  await chrome?.close();
  await world?.close();
});

// One session, in order (scenarios/list-badges.ts): the steps share the library they change.
describe('list badges in Chromium', () => {
  it('shows exactly the 40 titles on the lists of a 250-entry IMDb chart, with their labels, and asks Simkl nothing', async () => {
    await signInFromTheControl(world, page);
    await chart250Badges(world, page);
  });

  it('a page script cannot read a badge or the "+": no shadow root, no text, one size', async () => {
    await hostileCannotRead(page);
  });

  it('"+" on an entry not on the lists lands Plan to Watch (mouse) or a chosen list (keyboard), badge at once', async () => {
    await plusAddsTitles(world, page);
  });

  it("badges MyAnimeList's season and a TMDB list", async () => {
    await malAndTmdbLists(world, page);
  });

  it('badges Netflix tiles that arrive later in their rows', async () => {
    await netflixRowsFillInLate(world, page);
  });

  it('with IMDb switched off in the options, the chart shows no badge until it is switched back on', async () => {
    const options = await chrome.context.newPage();
    await options.goto(`chrome-extension://${chrome.extensionId}/options.html`);
    await switchedOffSiteShowsNone(page, options);
    await options.close();
  });
});
