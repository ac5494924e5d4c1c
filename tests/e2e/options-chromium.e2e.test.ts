import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureBuilt } from './harness/build-output';
import { type ChromiumSession, launchChromium } from './harness/chromium';
import type { AnyPage } from './harness/pages';
import { startWorld, type World } from './harness/world';
import { seriousViolations } from './scenarios/axe';
import { type Browserish, chromiumPages, closePage, waitFor } from './scenarios/extension-pages';
import {
  badgeSwitch,
  clearCaches,
  exportMyData,
  OPTIONS_WORLD_CLOCK,
  seedOptionsLibrary,
  signInFromTheOptions,
  syncNowShowsTheLastSync,
} from './scenarios/options';

// "Today" for the badge is the browser's day: pin the zone the browser inherits (see OPTIONS_WORLD_CLOCK).
process.env.TZ = 'UTC';

let world: World;
let chrome: ChromiumSession;
let browser: Browserish;
let options: AnyPage;

beforeAll(async () => {
  world = await startWorld({ now: OPTIONS_WORLD_CLOCK });
  seedOptionsLibrary(world);
  chrome = await launchChromium({ extensionDir: ensureBuilt('chrome-mv3'), world });
  browser = chromiumPages(chrome);
  options = await signInFromTheOptions(world, browser);
});

afterAll(async () => {
  await chrome?.close();
  await world?.close();
});

describe('the options page in Chromium', () => {
  it('has no serious accessibility violations', async () => {
    const page = await browser.openPage('options.html');
    await waitFor(page, '[data-testid="cache-stats"]');
    expect(await seriousViolations(page)).toEqual([]);
    await closePage(page);
  });

  it('syncs now and shows the last sync time', () => syncNowShowsTheLastSync(world, browser, options));
  it("switches the toolbar badge with today's episode count off and on", () => badgeSwitch(options));
  it('shows the cache sizes and clears the caches', () => clearCaches(browser, options));
  it('exports the local data as JSON, without the token', () => exportMyData(browser));
});
