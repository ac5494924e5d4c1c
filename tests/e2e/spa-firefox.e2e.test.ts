import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, it } from 'vitest';
import { type BuildTarget, ensureBuilt } from './harness/build-output';
import { type FirefoxSession, launchFirefox } from './harness/firefox';
import { waitForButtonText } from './harness/pages';
import { startWorld, type World } from './harness/world';
import { goto } from './scenarios/sites-pages';
import { disabledSiteMountsNothing, imdbNavigation, netflixNavigation } from './scenarios/sites-spa';
import { signInFromTheControl } from './scenarios/slice';

describe.each<BuildTarget>(['firefox-mv3'])('client-side navigation in Firefox (%s)', (target) => {
  let world: World;
  let firefox: FirefoxSession;
  let page: Page;

  beforeAll(async () => {
    world = await startWorld();
    firefox = await launchFirefox({ extensionDir: ensureBuilt(target), world });
    page = await firefox.newPage();
    await signInFromTheControl(world, page);
  });

  afterAll(async () => {
    await firefox?.close();
    await world?.close();
  });

  // One signed-in session, in order: IMDb leaves The Matrix on Plan to Watch, Netflix on Completed.
  it('IMDb: one control at a time, for the title the page now shows, acting on that title', async () => {
    await imdbNavigation(world, page);
  });

  it('Netflix: title page → film modal → episode player → browse, one control for each title', async () => {
    await netflixNavigation(world, page, 'Simkl: Plan to Watch');
  });

  it('a site switched off in the options mounts nothing, and mounts again when switched on', async () => {
    await goto(page, 'https://www.imdb.com/title/tt0133093/');
    await waitForButtonText(page, 'Simkl: Completed');
    const options = await firefox.openExtensionPage('options.html');
    await disabledSiteMountsNothing(page, options, 'Simkl: Completed');
    await options.close();
  });
});
