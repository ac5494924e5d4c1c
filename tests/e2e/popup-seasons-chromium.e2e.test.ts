import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, it } from 'vitest';
import { ensureBuilt } from './harness/build-output';
import { type ChromiumSession, launchChromium } from './harness/chromium';
import { startWorld, type World } from './harness/world';
import { type Browserish, chromiumPages } from './scenarios/extension-pages';
import { seedPopupLibrary, signInFromThePopup } from './scenarios/popup';
import { marksAnEpisodeAndUnmarksASeason, scoreSignedOut } from './scenarios/popup-seasons';

let world: World;
let chrome: ChromiumSession;
let browser: Browserish;
let site: Page;

beforeAll(async () => {
  world = await startWorld();
  seedPopupLibrary(world);
  chrome = await launchChromium({ extensionDir: ensureBuilt('chrome-mv3'), world });
  browser = chromiumPages(chrome);
  site = await chrome.context.newPage();
});

afterAll(async () => {
  await chrome?.close();
  await world?.close();
});

describe("the popup's show view in Chromium", () => {
  it("shows Simkl's score signed out, asked when the popup opens and not by the page visit", () =>
    scoreSignedOut(world, browser, site));

  it('marks an episode and unmarks a season: the service holds exactly that', async () => {
    await signInFromThePopup(world, browser);
    await marksAnEpisodeAndUnmarksASeason(world, browser, site);
  });
});
