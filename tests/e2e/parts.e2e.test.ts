/**
 * The control's menu is a part the worker puts into the content script's own isolated world when it
 * is about to be needed (docs/architecture.md, Loading code on demand). It works as the whole script
 * did, also on a page opened after Chromium stopped the worker; and the page's own scripts see nothing
 * of it: no global, no script element, no resource load, and its file is not theirs to fetch.
 */
import { expect, it } from 'vitest';
import { DEMO_USER } from '../simkl-service/index';
import { PINNED_EXTENSION_ID } from './harness/chromium';
import { type AnyPage, choose, openMenu, waitForButtonText } from './harness/pages';
import { describeInBrowsers } from './harness/suite';
import { type FaultRun, startFaultRun } from './scenarios/faults-run';
import { goto, inPage } from './scenarios/sites-pages';
import { eventually, MATRIX } from './scenarios/slice';

interface PageView {
  globals: string[];
  scripts: string[];
  resources: string[];
  fetched: string;
}

/** Runs in the page's own world, as any script of the site could. */
async function lookAsThePage(page: AnyPage, partUrl: string | null): Promise<PageView> {
  return inPage(
    page,
    async (url) => {
      const names = ['partMenu', '__simklExtensionParts', 'chrome.scripting'];
      const fetched = url
        ? await fetch(url).then(
            (response) => `status ${response.status}`,
            () => 'refused',
          )
        : 'not tried';
      return {
        globals: names.filter((name) => name in window),
        scripts: [...document.scripts].map((script) => script.src).filter((src) => src.includes('part-')),
        resources: performance
          .getEntriesByType('resource')
          .map((entry) => entry.name)
          .filter((name) => name.includes('part-')),
        fetched,
      };
    },
    partUrl,
  );
}

function listed(run: FaultRun): string[] {
  return run.world.control
    .library(DEMO_USER.id)
    .movies.filter((entry) => entry.status === 'plantowatch')
    .map((entry) => entry.title);
}

async function menuLandsAChoice(run: FaultRun, page: AnyPage): Promise<void> {
  await goto(page, MATRIX.url);
  // Ready, not on a list yet: the click opens the menu, which the control asks for ahead of need.
  await waitForButtonText(page, /Add to Simkl/);
  await openMenu(page);
  await choose(page, 'plantowatch');
  await waitForButtonText(page, /Plan to Watch/);
  expect(
    await eventually(
      () => listed(run),
      (titles) => titles.includes(MATRIX.title),
    ),
  ).toEqual([MATRIX.title]);
}

describeInBrowsers(
  'the menu on demand',
  { scenario: 'parts', firefoxBuilds: ['firefox-mv2', 'firefox-mv3'] },
  (suite) => {
    it('opens from its part and lands a choice; the page sees nothing of the part', async () => {
      const run = await startFaultRun(suite);
      const page = await run.session.newPage();
      await menuLandsAChoice(run, page);
      // Chromium's extension id is pinned: the page may try the part's address (Firefox's is random).
      const partUrl =
        suite.browser === 'chromium' ? `chrome-extension://${PINNED_EXTENSION_ID}/part-menu.js` : null;
      const seen = await lookAsThePage(page, partUrl);
      expect(seen).toEqual({
        globals: [],
        scripts: [],
        resources: [],
        fetched: partUrl ? 'refused' : 'not tried',
      });
    });

    suite.it('sleeping-worker', 'opens the menu on a page opened after the worker was stopped', async () => {
      const run = await startFaultRun(suite);
      await run.chrome.stopServiceWorker();
      const page = await run.session.newPage();
      await menuLandsAChoice(run, page);
      expect(await lookAsThePage(page, null)).toMatchObject({ globals: [], scripts: [], resources: [] });
    });
  },
);
