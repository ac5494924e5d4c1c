import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, it } from 'vitest';
import { ensureBuilt } from './harness/build-output';
import { type FirefoxSession, launchFirefox } from './harness/firefox';
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
let firefox: FirefoxSession;
let page: Page;

beforeAll(async () => {
  world = await startWorld();
  seedListLibrary(world);
  firefox = await launchFirefox({ extensionDir: ensureBuilt('firefox-mv2'), world });
  page = await firefox.newPage();
});

afterAll(async () => {
  await firefox?.close();
  await world?.close();
});

// One session, in order (scenarios/list-badges.ts): the steps share the library they change.
describe('list badges in Firefox', () => {
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
    const options = await firefox.openExtensionPage('options.html');
    await switchedOffSiteShowsNone(page, options);
    await options.close();
  });
});
