/**
 * Firefox suspends an MV2 event page after `extensions.background.idle.timeout` without events
 * (30 s by default; 3 s here), and an extension page's `extension.getBackgroundPage()` is null while
 * it is suspended. What Firefox does not allow is holding the popup's messages as the Chromium test
 * does: WebDriver BiDi's preload scripts do not run in moz-extension:// pages, so the popup's first
 * message wakes the page at once. This test shows the popup's title and list right after the page
 * was suspended, then the background's fresh view; Chromium's proves the first view needed no worker.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureBuilt } from './harness/build-output';
import { type FirefoxSession, launchFirefox } from './harness/firefox';
import type { AnyPage } from './harness/pages';
import { startWorld, type World } from './harness/world';
import {
  type Browserish,
  closePage,
  evaluate,
  firefoxPages,
  goto,
  tabIdOf,
  waitForText,
} from './scenarios/extension-pages';
import { settled } from './scenarios/faults-run';
import { SITE_PAGES, seedPopupLibrary, signInFromThePopup } from './scenarios/popup';
import { DOCTOR_WHO_PATTERN, holdDoctorWhoElsewhere } from './scenarios/popup-asleep';
import { eventually } from './scenarios/slice';

const IDLE_TIMEOUT_MS = 3_000;

let world: World;
let firefox: FirefoxSession;
let browser: Browserish;

beforeAll(async () => {
  world = await startWorld();
  seedPopupLibrary(world);
  firefox = await launchFirefox({
    extensionDir: ensureBuilt('firefox-mv2'),
    world,
    prefs: { 'extensions.background.idle.timeout': IDLE_TIMEOUT_MS },
  });
  browser = firefoxPages(firefox);
  await signInFromThePopup(world, browser);
});

afterAll(async () => {
  await firefox?.close();
  await world?.close();
});

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

describe('the popup with a suspended event page, in Firefox', () => {
  it("shows the title and its list right after the event page was suspended, then the background's fresh view", async () => {
    const site = await browser.newTab();
    await goto(site, SITE_PAGES.doctorWho);
    const probe = await browser.openPage('options.html');
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

    const popup = await browser.openPage(`popup.html?tab=${tabId}`);
    await waitForText(popup, '[data-testid="item-title"]', /^Doctor Who/, 20_000);
    await waitForText(popup, '[data-testid="item-status"]', /^(Watching|On Hold)$/, 20_000);
    // The popup's sync, asked once the background has answered, brings Simkl's change.
    await waitForText(popup, '[data-testid="item-status"]', /^On Hold$/, 30_000);
    expect(world.control.requestLog().some((entry) => entry.path === '/sync/activities')).toBe(true);
    await closePage(popup);
    await closePage(probe);
  });
});
