/** The right match in Chromium: a wrong match corrected through "Not this?" (scenarios/match.ts). */
import { afterAll, beforeAll, describe, it } from 'vitest';
import { ensureBuilt } from './harness/build-output';
import { type ChromiumSession, launchChromium } from './harness/chromium';
import { startWorld, type World } from './harness/world';
import { type Browserish, chromiumPages } from './scenarios/extension-pages';
import { correctTheMatch, findAnUnknownTitle, seedWrongMatch } from './scenarios/match';
import { signInFromThePopup } from './scenarios/popup';
import { eventually } from './scenarios/slice';

let world: World;
let chrome: ChromiumSession;
let browser: Browserish;

beforeAll(async () => {
  world = await startWorld();
  seedWrongMatch(world);
  chrome = await launchChromium({ extensionDir: ensureBuilt('chrome-mv3'), world });
  browser = chromiumPages(chrome);
  await signInFromThePopup(world, browser);
});

afterAll(async () => {
  await chrome?.close();
  await world?.close();
});

/** The window the background opened (windows.create), among the context's pages. */
async function findPage(pathPart: string) {
  const found = await eventually(
    () => chrome.context.pages().find((page) => page.url().includes(pathPart)),
    (page) => page !== undefined,
    30_000,
  );
  if (!found) throw new Error(`no extension page ${pathPart} opened`);
  return found;
}

describe('the right match in Chromium', () => {
  it('corrects a wrong lookup with Not this?: every open tab updates, writes go to the chosen item, undo', () =>
    correctTheMatch(world, browser, findPage));

  it('offers the same search on a page Simkl does not know, and writes to the pick', () =>
    findAnUnknownTitle(world, browser, findPage));
});
