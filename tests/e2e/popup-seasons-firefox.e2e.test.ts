import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, it } from 'vitest';
import { ensureBuilt } from './harness/build-output';
import { type FirefoxSession, launchFirefox } from './harness/firefox';
import { startWorld, type World } from './harness/world';
import { type Browserish, firefoxPages } from './scenarios/extension-pages';
import { seedPopupLibrary, signInFromThePopup } from './scenarios/popup';
import { marksAnEpisodeAndUnmarksASeason, scoreSignedOut } from './scenarios/popup-seasons';

let world: World;
let firefox: FirefoxSession;
let browser: Browserish;
let site: Page;

beforeAll(async () => {
  world = await startWorld();
  seedPopupLibrary(world);
  firefox = await launchFirefox({ extensionDir: ensureBuilt('firefox-mv2'), world });
  browser = firefoxPages(firefox);
  site = await firefox.newPage();
});

afterAll(async () => {
  await firefox?.close();
  await world?.close();
});

describe("the popup's show view in Firefox (firefox-mv2)", () => {
  it("shows Simkl's score signed out, asked when the popup opens and not by the page visit", () =>
    scoreSignedOut(world, browser, site));

  it('marks an episode and unmarks a season: the service holds exactly that', async () => {
    await signInFromThePopup(world, browser);
    await marksAnEpisodeAndUnmarksASeason(world, browser, site);
  });
});
