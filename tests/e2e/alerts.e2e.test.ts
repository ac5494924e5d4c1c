/**
 * New-episode alerts, as a user meets them: turned on in the options, then the calendar files carry
 * a newly aired episode of a Watching show, and the next sync raises one notification for it, once:
 * not again at the next sync, nor after the background is stopped and started again.
 *
 * Firefox answers the options' question for `notifications` with yes at once
 * (`extensions.webextOptionalPermissionPrompts: false`, a user clicking "Allow") and is restarted
 * by reloading the extension, as its event page cannot be stopped on demand. Its notifications are
 * observed from an extension page through `notifications.onShown`/`onClosed`. Chromium's question is
 * browser UI that no test can answer: its run of the alert starts from a profile where the user
 * allowed `notifications` earlier (harness/chromium-granted-permissions.ts), so the options' click is
 * answered yes without a question, and its notifications are read with `notifications.getAll`. A
 * second Chromium run, from a fresh profile, checks that the options say the question is open and
 * that nothing is announced without the permission.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect } from 'vitest';
import { REPO_ROOT } from './harness/build-output';
import type { AnyPage } from './harness/pages';
import { saveScreenCorner, screenshotDisplay } from './harness/screen-picture';
import { describeInBrowsers, type Session } from './harness/suite';
import {
  alertLedgers,
  cachedCalendarFiles,
  calendarWithoutTheEpisodeFirst,
  HOUSE_OF_THE_DRAGON,
  listenToNotifications,
  SERVICE_CLOCK,
  seedWatching,
  shownNotifications,
} from './scenarios/alerts';
import { click, evaluate, openAdvanced, waitForText } from './scenarios/extension-pages';
import { signInFromTheOptions } from './scenarios/options';
import { eventually } from './scenarios/slice';

/** `UPDATE_SCREENSHOTS=1` refreshes the README's picture of the options' Alerts; otherwise a scratch folder. */
const SHOTS_DIR = process.env.UPDATE_SCREENSHOTS
  ? path.join(REPO_ROOT, 'docs/screenshots')
  : fs.mkdtempSync(path.join(os.tmpdir(), 'simkl-shots-'));

/** With UPDATE_SCREENSHOTS and SCREENSHOT_DISPLAY (an Xvfb display), Chromium's run also pictures the alert itself. */
const PICTURE_DISPLAY = process.env.UPDATE_SCREENSHOTS ? screenshotDisplay() : null;

interface ElementShot {
  $(selector: string): Promise<{ screenshot(options: { path: string }): Promise<unknown> } | null>;
}

const ALERT_ID = `simkl-alert:show:${HOUSE_OF_THE_DRAGON}:3:2`;

/** Clear caches, then Sync now: the check after the sync reads the calendar files afresh. */
async function syncWithFreshFiles(options: AnyPage): Promise<void> {
  await openAdvanced(options);
  await click(options, '[data-action="clear-caches"]');
  await eventually(
    () => cachedCalendarFiles(options),
    (files) => files.length === 0,
  );
  await click(options, '[data-action="sync-now"]');
  const files = await eventually(
    () => cachedCalendarFiles(options),
    (keys) => keys.includes('tv') && keys.includes('anime'),
  );
  expect(files).toEqual(expect.arrayContaining(['tv', 'anime']));
}

/** The background started again from nothing in memory: Chromium's worker stopped, Firefox's add-on reloaded. */
async function restartBackground(session: Session, options: AnyPage): Promise<AnyPage> {
  if (session.browser === 'chromium') {
    await session.chrome.stopServiceWorker();
    return options;
  }
  await evaluate(
    options,
    () => (globalThis as unknown as { browser: { runtime: { reload(): void } } }).browser.runtime.reload(),
    undefined,
  ).catch(() => undefined);
  await new Promise((resolve) => setTimeout(resolve, 1_000));
  return session.openExtensionPage('options.html');
}

describeInBrowsers('new-episode alerts', { scenario: 'alerts' }, (suite) => {
  suite.it(
    'chromium-question',
    "says Chrome's question is open, and announces nothing without the permission",
    async () => {
      const session = await suite.start({ world: { now: SERVICE_CLOCK }, seed: seedWatching });
      const options = await signInFromTheOptions(session.world, session.pages);
      await click(options, 'input[name="alerts"]');
      await waitForText(
        options,
        '[data-answer="asking"]',
        /Answer your browser's question to allow notifications/,
      );
      expect(
        await evaluate(
          options,
          () => document.querySelector<HTMLInputElement>('input[name="alerts"]')?.checked,
          undefined,
        ),
      ).toBe(false);
      const activities = () =>
        session.world.control.requestLog().filter((entry) => entry.path.startsWith('/sync/activities'))
          .length;
      const before = activities();
      await click(options, '[data-action="sync-now"]');
      await eventually(activities, (count) => count > before);
      await new Promise((resolve) => setTimeout(resolve, 1_000));
      // Alerts stay off while the question is open: no check, so no ledger of what was announced (the
      // sync still refreshes the calendar's files for the popup's Up next and Upcoming, alerts or not).
      expect(await alertLedgers(options)).toEqual([]);
    },
    60_000,
  );

  suite.it(
    'once',
    'raises one alert for a newly aired episode, and never again, even after a restart',
    async () => {
      const session = await suite.start({
        world: { now: SERVICE_CLOCK },
        seed: seedWatching,
        firefoxPrefs: { 'extensions.webextOptionalPermissionPrompts': false },
        chromiumGrantedPermissions: ['notifications'],
        // The README's picture of the alert: Chromium shown on an X display draws it (screen-picture.ts).
        chromiumDisplay: PICTURE_DISPLAY ?? undefined,
      });
      calendarWithoutTheEpisodeFirst(session.world);
      let options = await signInFromTheOptions(session.world, session.pages);
      await click(options, 'input[name="alerts"]');
      // Turning alerts on sets the baseline: what is out already is never announced.
      const ledgers = await eventually(
        () => alertLedgers(options),
        (users) => users.length > 0,
      );
      expect(ledgers).toEqual(['user:1']);
      // Only now: a page that reads `notifications` before the grant never sees it in Firefox.
      await listenToNotifications(options);
      const section = await (options as unknown as ElementShot).$('[data-testid="alert-settings"]');
      await section?.screenshot({ path: path.join(SHOTS_DIR, 'options-alerts.png') });

      await syncWithFreshFiles(options);
      const shown = await eventually(
        () => shownNotifications(options),
        (ids) => ids.length > 0,
      );
      expect(shown).toEqual([ALERT_ID]);
      if (PICTURE_DISPLAY && session.browser === 'chromium') {
        await new Promise((resolve) => setTimeout(resolve, 1_000)); // the popup's slide-in
        saveScreenCorner(
          PICTURE_DISPLAY,
          { width: 362, height: 146, margin: 1 },
          path.join(SHOTS_DIR, 'alert-chromium.png'),
        );
      }

      await syncWithFreshFiles(options);
      options = await restartBackground(session, options);
      await listenToNotifications(options);
      await syncWithFreshFiles(options);
      // Time for a second alert to appear, were there one.
      await new Promise((resolve) => setTimeout(resolve, 1_000));
      expect(await shownNotifications(options)).toEqual([]);
    },
    60_000,
  );
});
