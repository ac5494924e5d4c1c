/**
 * The popup opened while the background sleeps. Chromium stops its MV3 worker (as it does an idle
 * one) and holds the popup's messages, proving the first view needs no worker. Firefox suspends an
 * MV2 event page after `extensions.background.idle.timeout` without events (30 s by default; 3 s
 * here), and an extension page's `extension.getBackgroundPage()` is null while it is suspended; the
 * popup's first message wakes it at once (browser-support.ts says why it cannot be held there).
 */
import type { Page } from 'playwright-core';
import { beforeAll, expect } from 'vitest';
import { isExtensionWorkerAwake } from './harness/chromium-worker';
import type { AnyPage } from './harness/pages';
import { describeInBrowsers, type Session } from './harness/suite';
import { closePage, evaluate, goto, tabIdOf, waitForText } from './scenarios/extension-pages';
import { settled } from './scenarios/faults-run';
import { SITE_PAGES, seedPopupLibrary, signInFromThePopup } from './scenarios/popup';
import {
  apiRequests,
  DOCTOR_WHO_PATTERN,
  HOLD_MESSAGES,
  holdDoctorWhoElsewhere,
} from './scenarios/popup-asleep';
import { eventually } from './scenarios/slice';

const IDLE_TIMEOUT_MS = 3_000;

interface ExtensionApi {
  extension: { getBackgroundPage(): Window | null };
}

/** Whether the event page is loaded now, asked from one of the extension's pages (no event sent). */
const backgroundLoaded = (page: AnyPage) =>
  evaluate(
    page,
    () => (globalThis as unknown as { browser: ExtensionApi }).browser.extension.getBackgroundPage() !== null,
    null,
  );

describeInBrowsers('the popup with a sleeping background', { scenario: 'popup-asleep' }, (suite) => {
  let session: Session;

  beforeAll(async () => {
    session = await suite.start({
      seed: seedPopupLibrary,
      firefoxPrefs: { 'extensions.background.idle.timeout': IDLE_TIMEOUT_MS },
    });
    await signInFromThePopup(session.world, session.pages);
  });

  if (suite.runs('stopped-worker')) {
    let tabId: number;

    beforeAll(async () => {
      const site = await session.newPage();
      await goto(site, SITE_PAGES.doctorWho);
      const probe = await session.openExtensionPage('options.html');
      tabId = await tabIdOf(probe, DOCTOR_WHO_PATTERN);
      await closePage(probe);
    });

    /** The popup on Doctor Who's tab, opened right after the worker was stopped (as Chrome stops an idle one). */
    const openAfterTheWorkerStopped = async (holdMessages: boolean): Promise<Page> => {
      const { world, chrome } = session;
      await settled(world);
      world.control.clearLog();
      await chrome.stopServiceWorker();
      const popup = await chrome.context.newPage();
      if (holdMessages) await popup.addInitScript({ content: HOLD_MESSAGES });
      await popup.goto(`chrome-extension://${chrome.extensionId}/popup.html?tab=${tabId}`);
      return popup;
    };

    suite.it(
      'stopped-worker',
      "shows the title and its list from the mirror while the worker stays stopped, then the background's fresh view",
      async () => {
        const { world, chrome } = session;
        holdDoctorWhoElsewhere(world);
        const popup = await openAfterTheWorkerStopped(true);
        await waitForText(popup, '[data-testid="item-status"]', /^Watching$/, 20_000);
        await waitForText(popup, '[data-testid="item-title"]', /^Doctor Who/);
        // The popup has asked the background (held in the page) once the title was painted, and
        // nothing has woken the worker.
        const held = () =>
          popup.evaluate(() => (globalThis as unknown as { __simklHeld(): number }).__simklHeld());
        expect(await eventually(held, (count) => count > 0, 5_000)).toBeGreaterThan(0);
        expect(await isExtensionWorkerAwake(chrome.context, chrome.extensionId)).toBe(false);
        expect(apiRequests(world)).toEqual([]);

        await popup.evaluate(() => (globalThis as unknown as { __simklRelease(): void }).__simklRelease());
        // The background answers, and the sync the popup asks for once it has brings Simkl's change.
        await waitForText(popup, '[data-testid="item-status"]', /^On Hold$/, 30_000);
        expect(await isExtensionWorkerAwake(chrome.context, chrome.extensionId)).toBe(true);
        await popup.close();
      },
    );

    suite.it(
      'stopped-worker',
      'makes one Simkl request when opened on a known title with nothing new (the sync’s activities)',
      async () => {
        const popup = await openAfterTheWorkerStopped(false);
        await waitForText(popup, '[data-testid="item-status"]', /^On Hold$/, 20_000);
        await settled(session.world, 1_000);
        expect(apiRequests(session.world)).toEqual(['/sync/activities']);
        await popup.close();
      },
    );
  }

  suite.it(
    'suspended-event-page',
    "shows the title and its list right after the event page was suspended, then the background's fresh view",
    async () => {
      const { world } = session;
      const site = await session.newPage();
      await goto(site, SITE_PAGES.doctorWho);
      const probe = await session.openExtensionPage('options.html');
      const tabId = await tabIdOf(probe, DOCTOR_WHO_PATTERN);
      await settled(world);
      holdDoctorWhoElsewhere(world);
      expect(
        await eventually(
          () => backgroundLoaded(probe),
          (loaded) => !loaded,
          30_000,
        ),
      ).toBe(false);
      world.control.clearLog();

      const popup = await session.openExtensionPage(`popup.html?tab=${tabId}`);
      await waitForText(popup, '[data-testid="item-title"]', /^Doctor Who/, 20_000);
      await waitForText(popup, '[data-testid="item-status"]', /^(Watching|On Hold)$/, 20_000);
      // The popup's sync, asked once the background has answered, brings Simkl's change.
      await waitForText(popup, '[data-testid="item-status"]', /^On Hold$/, 30_000);
      expect(world.control.requestLog().some((entry) => entry.path === '/sync/activities')).toBe(true);
      await closePage(popup);
      await closePage(probe);
    },
  );
});
