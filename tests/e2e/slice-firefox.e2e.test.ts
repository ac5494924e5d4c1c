import { afterAll, beforeAll, describe, it } from 'vitest';
import { type BuildTarget, ensureBuilt } from './harness/build-output';
import { type FirefoxSession, launchFirefox } from './harness/firefox';
import { startWorld, type World } from './harness/world';
import { planToWatchSurvivesReload, signInFromTheControl } from './scenarios/slice';

describe.each<BuildTarget>(['firefox-mv2', 'firefox-mv3'])('the first slice in Firefox (%s)', (target) => {
  let world: World;
  let firefox: FirefoxSession;

  beforeAll(async () => {
    world = await startWorld();
    firefox = await launchFirefox({ extensionDir: ensureBuilt(target), world });
  });

  afterAll(async () => {
    await firefox?.close();
    await world?.close();
  });

  it('signs in with AUTH V2 + PKCE, adds The Matrix to Plan to Watch, and reloads from the mirror', async () => {
    const page = await firefox.newPage();
    await signInFromTheControl(world, page);
    await planToWatchSurvivesReload(world, page);
    await page.close();
  });
});
