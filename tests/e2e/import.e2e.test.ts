/**
 * Importing the Netflix viewing history: the page follows the plan job its reading became ("Matching
 * titles with Simkl: 2 of 5"), then the preview's numbers, then exactly the right history on the
 * service, Stop import clicked while its batch was on its way finishing that batch and no more; the import offered from an extension page while a Netflix tab is open; and, in Chromium,
 * the worker stopped mid-plan finishes the plan asking Simkl nothing it had answered, and the worker
 * stopped with a batch in flight (the tab closed too) resumes by itself and sends nothing twice. Each
 * test has a world and a browser of its own.
 */
import { expect, it } from 'vitest';
import { DEMO_USER } from '../simkl-service/index';
import { clickInControl, textInControl } from './harness/pages';
import { describeInBrowsers } from './harness/suite';
import { closePage, goto, waitForText } from './scenarios/extension-pages';
import { ask, startFaultRun } from './scenarios/faults-run';
import {
  carriedItems,
  confirmImport,
  describeRequests,
  EXPECTED_CARRIED,
  EXPECTED_HISTORY,
  EXPECTED_PREVIEW,
  HISTORY_URL,
  historyPosts,
  IMPORT_SEED,
  idLookups,
  importDone,
  importFromExtensionPage,
  readPreview,
  readThroughPlan,
  serviceHistory,
  unmatchedList,
  waitForTabAt,
} from './scenarios/history-import';
import { eventually } from './scenarios/slice';

const HELD_MS = 3_000;
/** Each lookup held this long: the plan takes seconds, long enough to stop the worker in its middle. */
const LOOKUP_HELD_MS = 1_500;
/** The fixture history's Netflix titles: 3 films and 2 shows, each looked up once. */
const TITLES = 5;

describeInBrowsers('importing the Netflix history', { scenario: 'import' }, (suite) => {
  it('previews the exact numbers, then lands exactly the new films and episodes, once each, Stop import clicked with the batch on its way', async () => {
    const { world, session } = await startFaultRun(suite, {}, IMPORT_SEED);
    const matrixBefore = world.control.library(DEMO_USER.id).movies.find((m) => m.title === 'The Matrix');
    const netflix = await session.newPage();
    const read = await readThroughPlan(netflix);
    // The reading was answered at once with its plan job, which the page followed to the preview.
    expect(read.matching.length).toBeGreaterThan(0);
    for (const line of read.matching) expect(line).toMatch(/^Matching titles with Simkl: [0-4] of 5$/);
    expect(read.preview).toBe(EXPECTED_PREVIEW);
    expect(await unmatchedList(netflix)).toBe('Could not be matchedA Quiet FilmFind them on Simkl');
    expect(idLookups(world)).toHaveLength(TITLES);
    // The page's list has no search: its button opens the options' import, which has one per title.
    await clickInControl(netflix, '[data-k="unmatched"] summary');
    await clickInControl(netflix, '[data-k="find-unmatched"]');
    const options = await waitForTabAt(session, /\/options\.html#import-heading$/);
    expect(await waitForText(options, '[data-testid="import-line"]', /^Found/)).toBe(EXPECTED_PREVIEW);
    await closePage(options);
    // Nothing is written before the user says go.
    expect(historyPosts(world)).toEqual([]);

    // The service holds the one batch's answer, and Stop import is clicked while it is on its way: the
    // batch in flight is finished (it was the last), nothing else is sent. Shares this test's browser,
    // so it costs the hold alone.
    world.control.injectFault({
      method: 'POST',
      host: 'api.simkl.com',
      path: '/sync/history',
      times: 1,
      action: { delayMs: HELD_MS },
    });
    await confirmImport(netflix);
    await eventually(
      () => historyPosts(world).length,
      (count) => count > 0,
    );
    expect(await textInControl(netflix, '[data-k="stop"]')).toBe('Stop import');
    await clickInControl(netflix, '[data-k="stop"]');
    const stopping = await eventually(
      () => textInControl(netflix, '[data-k="line"]').catch(() => ''),
      (text) => text.startsWith('Stopping') || text.startsWith('Imported'),
    );
    expect(stopping).toBe('Stopping after the batch being sent: 0 of 7 sent');
    const done = await importDone(netflix);
    console.log(`import (${suite.label}): ${describeRequests(world).join(', ')}`);
    expect(done).toBe('Imported 7 to Simkl.');
    expect(serviceHistory(world)).toEqual(EXPECTED_HISTORY);
    expect(carriedItems(world)).toEqual(EXPECTED_CARRIED);
    const matrixAfter = world.control.library(DEMO_USER.id).movies.find((m) => m.title === 'The Matrix');
    expect(matrixAfter?.lastWatchedAt).toBe(matrixBefore?.lastWatchedAt);
    await closePage(netflix);
  }, 180_000);

  suite.it(
    'worker-stop',
    'resumes after the worker stopped mid-import (tab closed too) with 0 duplicates',
    async () => {
      const { world, chrome, page } = await startFaultRun(suite, {}, IMPORT_SEED);
      const netflix = await chrome.context.newPage();
      expect(await readPreview(netflix)).toBe(EXPECTED_PREVIEW);
      // The service applies the batch at once and holds its answer: the worker dies waiting for it.
      world.control.injectFault({
        method: 'POST',
        host: 'api.simkl.com',
        path: '/sync/history',
        times: 1,
        action: { delayMs: HELD_MS },
      });
      await confirmImport(netflix);
      await eventually(
        () => historyPosts(world).length,
        (count) => count > 0,
      );
      await netflix.close();
      await chrome.stopServiceWorker();
      await eventually(
        () => historyPosts(world)[0]?.status,
        (status) => status === 201,
      );

      // Any event wakes the worker; it finds the job in IndexedDB and goes on by itself.
      const view = await eventually(
        () => ask(page, 'importState', {}),
        (state) => state.phase === 'done',
        60_000,
      );
      console.log(`import after a worker stop (Chromium): ${describeRequests(world).join(', ')}`);
      expect(view.progress).toEqual({ sent: 7, total: 7 });
      expect(historyPosts(world)).toHaveLength(1);
      expect(carriedItems(world)).toEqual(EXPECTED_CARRIED);
      expect(serviceHistory(world)).toEqual(EXPECTED_HISTORY);
      expect(world.control.requestLog().filter((entry) => entry.path === '/sync/watched')).toHaveLength(1);
    },
    180_000,
  );

  suite.it(
    'plan-worker-stop',
    'finishes the plan after the worker stopped mid-plan, asking Simkl nothing it had answered',
    async () => {
      const { world, chrome, page } = await startFaultRun(suite, {}, IMPORT_SEED);
      world.control.injectFault({
        method: 'GET',
        host: 'api.simkl.com',
        path: '/search/id',
        times: TITLES * 2,
        action: { delayMs: LOOKUP_HELD_MS },
      });
      const netflix = await chrome.context.newPage();
      await goto(netflix, HISTORY_URL);
      await clickInControl(netflix, '[data-k="read"]', 60_000);
      const planning = await eventually(
        () => ask(page, 'importState', {}),
        (view) => (view.planning?.matched ?? 0) >= 1,
        60_000,
      );
      // Lookups go one at a time: the first `matched` answered are the ones the plan job stored.
      const stored = idLookups(world).slice(0, planning.planning?.matched ?? 0);
      await chrome.stopServiceWorker();
      expect(planning.phase).toBe('planning');
      expect(stored.length).toBeGreaterThan(0);

      // The page asks where things are each second: that wakes a worker, which goes on with the plan.
      const preview = await eventually(
        () => textInControl(netflix, '[data-k="line"]', 60_000),
        (text) => text.startsWith('Found'),
        60_000,
      );
      const lookups = idLookups(world);
      console.log(
        `plan after a worker stop (Chromium): ${stored.length} of ${TITLES} stored before the stop; ` +
          `lookups ${lookups.join(', ')}`,
      );
      expect(preview).toBe(EXPECTED_PREVIEW);
      expect(stored.length).toBeLessThan(TITLES);
      for (const netflixId of stored) expect(lookups.filter((id) => id === netflixId)).toHaveLength(1);
      expect(new Set(lookups).size).toBe(TITLES);
      // At most the lookup in flight at the stop (its answer lost) is asked again.
      expect(lookups.length).toBeLessThanOrEqual(TITLES + 1);

      await confirmImport(netflix);
      expect(await importDone(netflix)).toBe('Imported 7 to Simkl.');
      expect(serviceHistory(world)).toEqual(EXPECTED_HISTORY);
    },
    180_000,
  );

  suite.it(
    'from-options',
    'offers the import in the options page while a Netflix tab is open, and reads it there',
    async () => {
      const { world, session } = await startFaultRun(suite, {}, IMPORT_SEED);
      const netflix = await session.newPage();
      const seen = await importFromExtensionPage(session.pages, netflix, 'options.html');
      expect(seen.tabUrl).toBe(HISTORY_URL);
      expect(seen.preview).toBe(EXPECTED_PREVIEW);
      expect(seen.done).toBe('Imported 7 to Simkl.');
      expect(serviceHistory(world)).toEqual(EXPECTED_HISTORY);
      expect(carriedItems(world)).toEqual(EXPECTED_CARRIED);
    },
    180_000,
  );

  suite.it(
    'from-popup',
    'offers the import in the popup while a Netflix tab is open, and reads it there',
    async () => {
      const { world, session } = await startFaultRun(suite, {}, IMPORT_SEED);
      const netflix = await session.newPage();
      const seen = await importFromExtensionPage(session.pages, netflix, 'popup.html');
      expect(seen.tabUrl).toBe(HISTORY_URL);
      expect(seen.preview).toMatch(/^Found 10 viewings: 3 movies, 7 episodes of 2 shows\. /);
      expect(seen.done).toMatch(/^Imported \d+ to Simkl\./);
      expect(serviceHistory(world)).toEqual(EXPECTED_HISTORY);
    },
    180_000,
  );

  it('says clearly why nothing was imported when the page changed or Netflix signed the user out', async () => {
    const { world, session } = await startFaultRun(suite);
    const netflix = await session.newPage();
    expect(await readPreview(netflix, `${HISTORY_URL}?fixture=history-changed`)).toBe(
      "Netflix's history page changed; nothing was imported.",
    );
    expect(await readPreview(netflix, `${HISTORY_URL}?fixture=history-signed-out`)).toBe(
      'Sign in to Netflix to import your viewing history; nothing was imported.',
    );
    // Nothing looked up, nothing written.
    const simkl = world.control.requestLog().filter((entry) => entry.host === 'api.simkl.com');
    expect(simkl.filter((entry) => entry.method === 'POST' || entry.path === '/search/id')).toEqual([]);
  }, 180_000);
});
