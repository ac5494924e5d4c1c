/** The right match in Firefox: a wrong match corrected through "Not this?" (scenarios/match.ts). */
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, it } from 'vitest';
import { ensureBuilt } from './harness/build-output';
import { type FirefoxSession, launchFirefox } from './harness/firefox';
import { startWorld, type World } from './harness/world';
import { type Browserish, firefoxPages } from './scenarios/extension-pages';
import { correctTheMatch, findAnUnknownTitle, seedWrongMatch } from './scenarios/match';
import { signInFromThePopup } from './scenarios/popup';
import { eventually } from './scenarios/slice';

let world: World;
let firefox: FirefoxSession;
let browser: Browserish;

beforeAll(async () => {
  world = await startWorld();
  seedWrongMatch(world);
  firefox = await launchFirefox({ extensionDir: ensureBuilt('firefox-mv2'), world });
  browser = firefoxPages(firefox);
  await signInFromThePopup(world, browser);
});

afterAll(async () => {
  await firefox?.close();
  await world?.close();
});

/** BiDi may report an extension page's address as about:blank: each page is asked its location. */
async function addressOf(page: Page): Promise<string> {
  return page.evaluate(() => location.href).catch(() => page.url());
}

/** The window the background opened (windows.create), among the browser's pages. */
async function findPage(pathPart: string): Promise<Page> {
  const find = async () => {
    for (const page of await firefox.browser.pages())
      if ((await addressOf(page)).includes(pathPart)) return page;
    return undefined;
  };
  const found = await eventually(find, (page) => page !== undefined, 30_000);
  if (!found) throw new Error(`no extension page ${pathPart} opened`);
  return found;
}

describe('the right match in Firefox (firefox-mv2)', () => {
  it('corrects a wrong lookup with Not this?: every open tab updates, writes go to the chosen item, undo', () =>
    correctTheMatch(world, browser, findPage));

  it('offers the same search on a page Simkl does not know, and writes to the pick', () =>
    findAnUnknownTitle(world, browser, findPage));
});
