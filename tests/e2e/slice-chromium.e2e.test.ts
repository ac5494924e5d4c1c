import { afterAll, beforeAll, describe, it } from 'vitest';
import { ensureBuilt } from './harness/build-output';
import { type ChromiumSession, launchChromium } from './harness/chromium';
import { startWorld, type World } from './harness/world';
import { planToWatchSurvivesReload, signInFromTheControl } from './scenarios/slice';

let world: World;
let chrome: ChromiumSession;

beforeAll(async () => {
  world = await startWorld();
  chrome = await launchChromium({ extensionDir: ensureBuilt('chrome-mv3'), world });
});

afterAll(async () => {
  await chrome?.close();
  await world?.close();
});

describe('the first slice in Chromium', () => {
  it('signs in with AUTH V2 + PKCE, adds The Matrix to Plan to Watch, and reloads from the mirror', async () => {
    const page = await chrome.context.newPage();
    await signInFromTheControl(world, page);
    await planToWatchSurvivesReload(world, page);
    await page.close();
  });
});
