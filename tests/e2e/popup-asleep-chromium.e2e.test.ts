import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureBuilt } from './harness/build-output';
import { type ChromiumSession, launchChromium } from './harness/chromium';
import { isExtensionWorkerAwake } from './harness/chromium-worker';
import { startWorld, type World } from './harness/world';
import {
  type Browserish,
  chromiumPages,
  closePage,
  goto,
  tabIdOf,
  waitForText,
} from './scenarios/extension-pages';
import { settled } from './scenarios/faults-run';
import { SITE_PAGES, seedPopupLibrary, signInFromThePopup } from './scenarios/popup';
import {
  apiRequests,
  DOCTOR_WHO_PATTERN,
  HOLD_MESSAGES,
  holdDoctorWhoElsewhere,
} from './scenarios/popup-asleep';

let world: World;
let chrome: ChromiumSession;
let browser: Browserish;
let tabId: number;

beforeAll(async () => {
  world = await startWorld();
  seedPopupLibrary(world);
  chrome = await launchChromium({ extensionDir: ensureBuilt('chrome-mv3'), world });
  browser = chromiumPages(chrome);
  await signInFromThePopup(world, browser);
  const site = await chrome.context.newPage();
  await goto(site, SITE_PAGES.doctorWho);
  const probe = await browser.openPage('options.html');
  tabId = await tabIdOf(probe, DOCTOR_WHO_PATTERN);
  await closePage(probe);
});

afterAll(async () => {
  await chrome?.close();
  await world?.close();
});

/** The popup on Doctor Who's tab, opened right after the worker was stopped (as Chrome stops an idle one). */
async function openAfterTheWorkerStopped(holdMessages: boolean): Promise<Page> {
  await settled(world);
  world.control.clearLog();
  await chrome.stopServiceWorker();
  const popup = await chrome.context.newPage();
  if (holdMessages) await popup.addInitScript({ content: HOLD_MESSAGES });
  await popup.goto(`chrome-extension://${chrome.extensionId}/popup.html?tab=${tabId}`);
  return popup;
}

describe('the popup with a sleeping worker, in Chromium', () => {
  it("shows the title and its list from the mirror while the worker stays stopped, then the background's fresh view", async () => {
    holdDoctorWhoElsewhere(world);
    const popup = await openAfterTheWorkerStopped(true);
    await waitForText(popup, '[data-testid="item-status"]', /^Watching$/, 20_000);
    await waitForText(popup, '[data-testid="item-title"]', /^Doctor Who/);
    // The popup has asked the background (held in the page), and nothing has woken the worker.
    expect(
      await popup.evaluate(() => (globalThis as unknown as { __simklHeld(): number }).__simklHeld()),
    ).toBeGreaterThan(0);
    expect(await isExtensionWorkerAwake(chrome.context, chrome.extensionId)).toBe(false);
    expect(apiRequests(world)).toEqual([]);

    await popup.evaluate(() => (globalThis as unknown as { __simklRelease(): void }).__simklRelease());
    // The background answers, and the sync the popup asks for once it has brings Simkl's change.
    await waitForText(popup, '[data-testid="item-status"]', /^On Hold$/, 30_000);
    expect(await isExtensionWorkerAwake(chrome.context, chrome.extensionId)).toBe(true);
    await popup.close();
  });

  it('makes one Simkl request when opened on a known title with nothing new (the sync’s activities)', async () => {
    const popup = await openAfterTheWorkerStopped(false);
    await waitForText(popup, '[data-testid="item-status"]', /^On Hold$/, 20_000);
    await settled(world, 1_000);
    expect(apiRequests(world)).toEqual(['/sync/activities']);
    await popup.close();
  });
});
