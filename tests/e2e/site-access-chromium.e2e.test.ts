/**
 * Site access in Chromium: IMDb withheld on the Extensions page, as "on specific sites" does; the popup
 * and the options page say so; "Allow access" asks Chrome (its dialog stays open, waiting: browser UI
 * no test can answer, see harness/chromium-site-access.ts), the user grants from Chrome's own site
 * access controls instead, the popup takes that as the answer, and the control is back on IMDb.
 */
import { afterAll, beforeAll, describe, it } from 'vitest';
import { ensureBuilt } from './harness/build-output';
import { type ChromiumSession, launchChromium } from './harness/chromium';
import { chromeSiteAccess } from './harness/chromium-site-access';
import { startWorld, type World } from './harness/world';
import { chromiumPages, waitForText } from './scenarios/extension-pages';
import { siteAccessRestored } from './scenarios/site-access';

const IMDB = ['www.imdb.com'];

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

describe('site access in Chromium (chrome-mv3)', () => {
  it('says when IMDb is withheld, asks Chrome from one click, and shows the control once granted', async () => {
    await siteAccessRestored(chromiumPages(chrome), {
      withdraw: () => chromeSiteAccess(chrome, 'withhold', IMDB),
      async answer(popup) {
        // The click reached Chrome: its question is open and the popup waits for the answer.
        await waitForText(popup, '[data-answer="asking"]', /Answer your browser's question/);
        await chromeSiteAccess(chrome, 'grant', IMDB);
      },
    });
  });
});
