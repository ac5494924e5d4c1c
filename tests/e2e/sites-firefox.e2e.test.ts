import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, it } from 'vitest';
import { type BuildTarget, ensureBuilt } from './harness/build-output';
import { type FirefoxSession, launchFirefox } from './harness/firefox';
import { startWorld, type World } from './harness/world';
import { choicesLandEverywhere, floatsWithoutAnchor, signedOutEverywhere } from './scenarios/sites-control';
import { signInFromTheControl } from './scenarios/slice';

describe.each<BuildTarget>(['firefox-mv2'])('the in-page control on every site in Firefox (%s)', (target) => {
  let world: World;
  let firefox: FirefoxSession;
  let page: Page;

  beforeAll(async () => {
    world = await startWorld();
    firefox = await launchFirefox({ extensionDir: ensureBuilt(target), world });
    page = await firefox.newPage();
  });

  afterAll(async () => {
    await firefox?.close();
    await world?.close();
  });

  // One browser session, in order: signed out first, then one sign-in for the rest.
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
