/**
 * The user's state whatever id the page carries, in Chromium: on a Netflix title page and on an
 * anime's IMDb page, whose ids the library answers lack, the control and the popup show the status
 * from the user's library; a second visit, by a restarted worker, makes no request to Simkl at all.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumPages } from './scenarios/extension-pages';
import { type FaultRun, startFaultRun } from './scenarios/faults-run';
import { ID_LIBRARY, ID_PAGES, mirrorKnowsId, visitTwice } from './scenarios/identity-ids';

let run: FaultRun;

beforeAll(async () => {
  run = await startFaultRun({}, ID_LIBRARY);
});

afterAll(async () => {
  await run?.close();
});

describe('the state of a title whose page id the library lacks, in Chromium', () => {
  it.each(ID_PAGES)(
    'shows the user’s status on $name, and asks nothing on the second visit',
    async (page) => {
      const { world, chrome } = run;
      // The path under test: the synced mirror cannot be found by this page's id.
      expect(await mirrorKnowsId(run.page, page.pageIdKey)).toBe(false);
      const figures = await visitTwice(world, chromiumPages(chrome), page, () => chrome.stopServiceWorker());
      console.log(
        `ids ${page.name}: first visit ${figures.first.length} Simkl requests (${figures.first.join(', ')}), ` +
          `second visit ${figures.second.length}`,
      );
      expect(figures.first.filter((line) => line.includes('/search/id'))).toHaveLength(1);
      expect(figures.second).toEqual([]);
    },
  );
});
