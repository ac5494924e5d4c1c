/**
 * The user's state whatever id the page carries: on a Netflix title page and on an anime's IMDb page,
 * whose ids the library answers lack, the control and the popup show the status from the user's
 * library; a second visit (in Chromium, by a restarted worker) makes no request to Simkl at all.
 */
import { beforeAll, expect, it } from 'vitest';
import { describeInBrowsers, type Session } from './harness/suite';
import { closePage } from './scenarios/extension-pages';
import { type FaultRun, startFaultRun } from './scenarios/faults-run';
import { ID_LIBRARY, ID_PAGES, mirrorKnowsId, visitTwice } from './scenarios/identity-ids';
import { signInFromThePopup } from './scenarios/popup';

describeInBrowsers(
  'the state of a title whose page id the library lacks',
  { scenario: 'identity-ids' },
  (suite) => {
    if (suite.runs('restarted-worker')) {
      let run: FaultRun;

      beforeAll(async () => {
        run = await startFaultRun(suite, {}, ID_LIBRARY);
      });

      it.each(ID_PAGES)(
        'shows the user’s status on $name, and asks nothing on the second visit',
        async (page) => {
          const { world, chrome, session } = run;
          // The path under test: the synced mirror cannot be found by this page's id.
          expect(await mirrorKnowsId(run.page, page.pageIdKey)).toBe(false);
          const figures = await visitTwice(world, session.pages, page, () => chrome.stopServiceWorker());
          console.log(
            `ids ${page.name}: first visit ${figures.first.length} Simkl requests (${figures.first.join(', ')}), ` +
              `second visit ${figures.second.length}`,
          );
          expect(figures.first.filter((line) => line.includes('/search/id'))).toHaveLength(1);
          expect(figures.second).toEqual([]);
        },
      );
    }

    if (suite.runs('event-page')) {
      let session: Session;

      beforeAll(async () => {
        session = await suite.start({ seed: ID_LIBRARY });
        await signInFromThePopup(session.world, session.pages);
      });

      it.each(ID_PAGES)(
        'shows the user’s status on $name, and asks nothing on the second visit',
        async (page) => {
          const options = await session.openExtensionPage('options.html');
          expect(await mirrorKnowsId(options, page.pageIdKey)).toBe(false);
          await closePage(options);
          const figures = await visitTwice(session.world, session.pages, page);
          console.log(
            `ids (Firefox) ${page.name}: first visit ${figures.first.length} Simkl requests ` +
              `(${figures.first.join(', ')}), second visit ${figures.second.length}`,
          );
          expect(figures.first.filter((line) => line.includes('/search/id'))).toHaveLength(1);
          expect(figures.second).toEqual([]);
        },
      );
    }
  },
);
