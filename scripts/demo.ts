/**
 * `npm run demo` (tsx scripts/demo.ts): the extension against the local Simkl service and the fixture
 * pages, in a Chromium with every Simkl and site host mapped to them, so nothing leaves the machine.
 *
 * With a display: a window on The Matrix's IMDb page plus a popup tab; it runs until the window is
 * closed or Ctrl-C. Without one: the whole slice headless (sign in, Plan to Watch, reload) and
 * screenshots of the in-page control and the popup in demo-output/. `-- --firefox`: the same in Firefox
 * ESR (scripts/lib/demo-firefox.ts). A missing browser is installed where the machine allows
 * (scripts/lib/ensure-browser.ts).
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { isBrandedChrome, requireChromium } from '../tests/e2e/harness/browsers';
import { ensureBuilt } from '../tests/e2e/harness/build-output';
import { type ChromiumSession, launchChromium } from '../tests/e2e/harness/chromium';
import { CONTROL_HOST } from '../tests/e2e/harness/pages';
import { startWorld, type World } from '../tests/e2e/harness/world';
import { takeSiteShots } from '../tests/e2e/scenarios/screenshots';
import { runFirefoxDemo } from './lib/demo-firefox';
import { demoSteps, MATRIX_URL, OUTPUT_DIR, runSliceSteps, seedDemoLibrary } from './lib/demo-slice';
import { ensureBrowser } from './lib/ensure-browser';

async function runInteractive(chrome: ChromiumSession): Promise<void> {
  const page = chrome.context.pages()[0] ?? (await chrome.context.newPage());
  await page.goto(MATRIX_URL);
  await openPopupFor(chrome, MATRIX_URL);
  await page.bringToFront();
  console.log(
    'Chromium is open on The Matrix (IMDb) with a popup tab. Close the window or press Ctrl-C to end.',
  );
  await new Promise<void>((resolve) => {
    chrome.context.on('close', () => resolve());
    process.once('SIGINT', () => resolve());
  });
}

async function runSlice(chrome: ChromiumSession, world: World): Promise<void> {
  fs.mkdirSync(OUTPUT_DIR, { recursive: true });
  const page = await chrome.context.newPage();
  const step = demoSteps(page, path.join(OUTPUT_DIR, 'failure.png'));
  await runSliceSteps(step, page, world);
  const controlShot = path.join(OUTPUT_DIR, 'imdb-control-closeup.png');
  const pageShot = path.join(OUTPUT_DIR, 'imdb-page.png');
  const popupShot = path.join(OUTPUT_DIR, 'popup.png');
  await page.locator(CONTROL_HOST).first().screenshot({ path: controlShot });
  await page.screenshot({ path: pageShot });
  const popup = await openPopupFor(chrome, MATRIX_URL);
  await popup.setViewportSize({ width: 400, height: 600 });
  await popup.getByTestId('item-status').waitFor();
  await popup.locator('img.poster').waitFor();
  await popup.screenshot({ path: popupShot, fullPage: true });
  let siteShots: string[] = [];
  await step('the control on IMDb, TMDB, MyAnimeList and Netflix', async () => {
    siteShots = (await takeSiteShots(page, OUTPUT_DIR)).map((taken) => taken.file);
  });
  console.log(`Screenshots:\n  ${[controlShot, pageShot, popupShot, ...siteShots].join('\n  ')}`);
}

/**
 * The popup, pointed at the tab showing `url`: opened as a tab of its own, the popup would otherwise
 * take itself for the active tab ("No title on this page"), so it gets `?tab=<id>`.
 */
async function openPopupFor(chrome: ChromiumSession, url: string): Promise<Page> {
  const popup = await chrome.openPopup();
  const tabId = await popup.evaluate(async (pattern) => {
    const { chrome: api } = globalThis as unknown as {
      chrome: { tabs: { query(query: { url: string }): Promise<Array<{ id?: number }>> } };
    };
    return (await api.tabs.query({ url: pattern }))[0]?.id;
  }, `${url}*`);
  if (tabId === undefined) throw new Error(`No tab shows ${url}`);
  await popup.goto(`chrome-extension://${chrome.extensionId}/popup.html?tab=${tabId}`);
  return popup;
}

async function main(): Promise<void> {
  const browser = process.argv.includes('--firefox') ? 'firefox' : 'chromium';
  ensureBrowser(browser);
  if (browser === 'firefox') return runFirefoxDemo();
  let executablePath: string;
  try {
    executablePath = requireChromium();
  } catch (error) {
    console.error(
      `The demo needs a Chromium build. ${error instanceof Error ? error.message : String(error)}`,
    );
    process.exit(1);
  }
  if (isBrandedChrome(executablePath)) {
    console.warn(
      `Warning: ${executablePath} is branded Google Chrome; version 137+ ignores --load-extension.`,
    );
  }
  console.log('Building the Chrome extension…');
  const extensionDir = ensureBuilt('chrome-mv3');
  const world = await startWorld({ consent: 'auto' });
  seedDemoLibrary(world);
  const hasDisplay = Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);
  console.log(`Local Simkl service on 127.0.0.1:${world.port}; Chromium at ${executablePath}`);
  const chrome = await launchChromium({ extensionDir, world, headless: !hasDisplay, executablePath });
  try {
    if (hasDisplay) await runInteractive(chrome);
    else await runSlice(chrome, world);
  } finally {
    await chrome.close().catch(() => {});
    await world.close();
  }
}

main().catch((error: unknown) => {
  console.error(
    error instanceof Error ? `${error.message}${error.cause ? `\n${String(error.cause)}` : ''}` : error,
  );
  process.exit(1);
});
