import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, it } from 'vitest';
import { ensureBuilt } from './harness/build-output';
import { type ChromiumSession, launchChromium } from './harness/chromium';
import { waitForButtonText } from './harness/pages';
import { startWorld, type World } from './harness/world';
import { goto } from './scenarios/sites-pages';
import { disabledSiteMountsNothing, imdbNavigation, netflixNavigation } from './scenarios/sites-spa';
import { signInFromTheControl } from './scenarios/slice';

let world: World;
let chrome: ChromiumSession;
let page: Page;

beforeAll(async () => {
  world = await startWorld();
  chrome = await launchChromium({ extensionDir: ensureBuilt('chrome-mv3'), world });
  page = await chrome.context.newPage();
  await signInFromTheControl(world, page);
});

afterAll(async () => {
  await chrome?.close();
  await world?.close();
});

// One signed-in session, in order: IMDb leaves The Matrix on Plan to Watch, Netflix on Completed.
describe('client-side navigation in Chromium', () => {
  it('IMDb: one control at a time, for the title the page now shows, acting on that title', async () => {
    await imdbNavigation(world, page);
  });

  it('Netflix: title page → film modal → episode player → browse, one control for each title', async () => {
    await netflixNavigation(world, page, 'Simkl: Plan to Watch');
  });

  it('a site switched off in the options mounts nothing, and mounts again when switched on', async () => {
    await goto(page, 'https://www.imdb.com/title/tt0133093/');
    await waitForButtonText(page, 'Simkl: Completed');
    const options = await chrome.context.newPage();
    await options.goto(`chrome-extension://${chrome.extensionId}/options.html`);
    await disabledSiteMountsNothing(page, options, 'Simkl: Completed');
    await options.close();
  });
});
