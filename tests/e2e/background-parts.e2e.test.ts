/**
 * The background's parts, loaded on demand (docs/architecture.md, "Loading code on demand"): each works
 * on its first use in both browsers (the sign-in flows sign the user in, the calendar answers after the
 * first sync, the import answers its state), in Firefox again after the extension reloaded as an update
 * does (a new background page); in Chromium a worker stopped and started again loads a
 * part it has not run since, by importScripts of a file it imported while installing. That last fails
 * if the worker cannot import a part after a restart (a part not imported at install, a part whose
 * shared modules are missing): the intent then answers an error instead of its view.
 */
import { expect } from 'vitest';
import { REGISTRY_KEY } from '../../lib/background/parts/registry';
import { describeInBrowsers } from './harness/suite';
import { evaluate } from './scenarios/extension-pages';
import { ask, intent, startFaultRun } from './scenarios/faults-run';
import { eventually } from './scenarios/slice';

type PartsScope = Record<string, { parts: Record<string, unknown> } | undefined>;

describeInBrowsers(
  'the background parts loaded on demand',
  { scenario: 'background-parts', firefoxBuilds: ['firefox-mv2', 'firefox-mv3'] },
  (suite) => {
    suite.it(
      'first-use',
      'signs in, reads the calendar, answers the import, the matches and the episodes on each part’s first use',
      async () => {
        // Signing in (through the sign-in part) and its first sync are the run's start.
        const { page } = await startFaultRun(suite);
        expect((await ask(page, 'account', {})).signedIn).toBe(true);
        const upcoming = await ask(page, 'upcoming', { days: 7 });
        expect(upcoming.signedIn).toBe(true);
        const importView = await ask(page, 'importState', {});
        expect(importView.phase).toBe('idle');
        expect(importView.netflixTab).toBe(false);
        expect(await ask(page, 'matchOverrides', {})).toEqual([]);
        expect(await ask(page, 'episodes', { type: 'show', simkl: 1 })).toHaveProperty('seasons');
      },
      120_000,
    );

    suite.it(
      'after-restart',
      'loads a part after the worker was stopped, and runs none at the restart until asked',
      async () => {
        const { page, chrome } = await startFaultRun(suite);
        await chrome.stopServiceWorker();
        // A message that needs no part wakes the worker.
        await ask(page, 'pending', {});
        const worker = await chrome.serviceWorker();
        const partsRun = () =>
          worker.evaluate(
            (key) => Object.keys((globalThis as unknown as PartsScope)[key]?.parts ?? {}),
            REGISTRY_KEY,
          );
        expect(await partsRun()).not.toContain('import');

        const importView = await ask(page, 'importState', {});
        expect(importView.phase).toBe('idle');
        const upcoming = await ask(page, 'upcoming', { days: 7 });
        expect(upcoming.signedIn).toBe(true);
        expect(await ask(page, 'matchOverrides', {})).toEqual([]);
        expect(await partsRun()).toEqual(expect.arrayContaining(['import', 'calendar', 'match']));
      },
      120_000,
    );

    suite.it(
      'after-update',
      'loads its parts again after the extension reloaded, as after an update',
      async () => {
        const { session, page } = await startFaultRun(suite);
        await evaluate(
          page,
          () => {
            const scope = globalThis as unknown as { browser?: Reloadable; chrome: Reloadable };
            (scope.browser ?? scope.chrome).runtime.reload();
          },
          undefined,
        ).catch(() => undefined);
        // The extension's pages are refused while it reloads (Chromium: ERR_BLOCKED_BY_CLIENT).
        const again = await eventually(
          () =>
            session
              .openExtensionPage(session.browser === 'chromium' ? 'manifest.json' : 'options.html')
              .catch(() => undefined),
          (opened) => opened !== undefined,
        );
        if (!again) throw new Error('no extension page after the reload');
        const answered = await eventually(
          () => intent(again, 'importState', {}).catch(() => undefined),
          (answer) => answer?.ok === true,
        );
        expect(answered?.ok && answered.value.phase).toBe('idle');
        expect((await ask(again, 'upcoming', { days: 7 })).signedIn).toBe(true);
      },
      120_000,
    );
  },
);

interface Reloadable {
  runtime: { reload(): void };
}
