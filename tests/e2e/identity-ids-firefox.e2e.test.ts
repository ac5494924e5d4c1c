/**
 * The user's state whatever id the page carries, in Firefox (firefox-mv2): on a Netflix title page and
 * on an anime's IMDb page, whose ids the library answers lack, the control and the popup show the
 * status from the user's library; a second visit makes no request to Simkl at all.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_USER } from '../simkl-service/index';
import { ensureBuilt } from './harness/build-output';
import { type FirefoxSession, launchFirefox } from './harness/firefox';
import { startWorld, type World } from './harness/world';
import { type Browserish, closePage, firefoxPages } from './scenarios/extension-pages';
import { ID_LIBRARY, ID_PAGES, mirrorKnowsId, visitTwice } from './scenarios/identity-ids';
import { signInFromThePopup } from './scenarios/popup';

let world: World;
let firefox: FirefoxSession;
let browser: Browserish;

beforeAll(async () => {
  world = await startWorld();
  world.control.seedLibrary(DEMO_USER.id, ID_LIBRARY);
  firefox = await launchFirefox({ extensionDir: ensureBuilt('firefox-mv2'), world });
  browser = firefoxPages(firefox);
  await signInFromThePopup(world, browser);
});

afterAll(async () => {
  await firefox?.close();
  await world?.close();
});

describe('the state of a title whose page id the library lacks, in Firefox', () => {
  it.each(ID_PAGES)(
    'shows the user’s status on $name, and asks nothing on the second visit',
    async (page) => {
      const options = await browser.openPage('options.html');
      expect(await mirrorKnowsId(options, page.pageIdKey)).toBe(false);
      await closePage(options);
      const figures = await visitTwice(world, browser, page);
      console.log(
        `ids (Firefox) ${page.name}: first visit ${figures.first.length} Simkl requests ` +
          `(${figures.first.join(', ')}), second visit ${figures.second.length}`,
      );
      expect(figures.first.filter((line) => line.includes('/search/id'))).toHaveLength(1);
      expect(figures.second).toEqual([]);
    },
  );
});
