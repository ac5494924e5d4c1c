import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, it } from 'vitest';
import { ensureBuilt } from './harness/build-output';
import { type ChromiumSession, launchChromium } from './harness/chromium';
import { startWorld, type World } from './harness/world';
import { choicesLandEverywhere, floatsWithoutAnchor, signedOutEverywhere } from './scenarios/sites-control';
import { signInFromTheControl } from './scenarios/slice';

let world: World;
let chrome: ChromiumSession;
let page: Page;

beforeAll(async () => {
  world = await startWorld();
  chrome = await launchChromium({ extensionDir: ensureBuilt('chrome-mv3'), world });
  page = await chrome.context.newPage();
});

afterAll(async () => {
  await chrome?.close();
  await world?.close();
});

// One browser session, in order: signed out first, then one sign-in for the rest.
describe('the in-page control on every site in Chromium', () => {
  it('offers "Sign in to Simkl" beside the title on IMDb, TMDB, MAL and Netflix while signed out', async () => {
    await signedOutEverywhere(page);
  });

  it('signed in, a choice on each site lands on the service and a reload shows it', async () => {
    await signInFromTheControl(world, page);
    await choicesLandEverywhere(world, page);
  });

  it('floats the control on a title page without an anchor', async () => {
    await floatsWithoutAnchor(world, page);
  });
});
