/**
 * `npm run demo -- --firefox`: the demo in Firefox ESR with the firefox-mv2 build, launched by the e2e
 * harness (a PAC file sends only the mapped hosts through a local CONNECT proxy to the local service;
 * its certificate is accepted). With a display: a window on The Matrix plus a popup tab until the
 * browser is closed or Ctrl-C. Without one: the slice headless, screenshots in demo-output/firefox-*.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'puppeteer-core';
import { ensureBuilt } from '../../tests/e2e/harness/build-output';
import { type FirefoxSession, launchFirefox } from '../../tests/e2e/harness/firefox';
import { CONTROL_HOST } from '../../tests/e2e/harness/pages';
import { startWorld, type World } from '../../tests/e2e/harness/world';
import { closePage, tabIdOf, waitFor } from '../../tests/e2e/scenarios/extension-pages';
import { demoSteps, MATRIX_URL, OUTPUT_DIR, runSliceSteps, seedDemoLibrary } from './demo-slice';

/** The popup, told which tab to describe (opened as a tab itself, it would describe itself). */
async function openPopupFor(firefox: FirefoxSession, url: string): Promise<Page> {
  const probe = await firefox.openExtensionPage('options.html');
  const tabId = await tabIdOf(probe, `${url}*`);
  await closePage(probe);
  return firefox.openExtensionPage(`popup.html?tab=${tabId}`);
}

async function runInteractive(firefox: FirefoxSession): Promise<void> {
  const page = await firefox.newPage();
  await page.goto(MATRIX_URL);
  await openPopupFor(firefox, MATRIX_URL);
  await page.bringToFront();
  console.log('Firefox is open on The Matrix (IMDb) with a popup tab. Close it or press Ctrl-C to end.');
  await new Promise<void>((resolve) => {
    firefox.browser.once('disconnected', () => resolve());
    process.once('SIGINT', () => resolve());
  });
}

async function runSlice(firefox: FirefoxSession, world: World): Promise<void> {
  fs.mkdirSync(OUTPUT_DIR, { recursive: true });
  const shot = (name: string) => path.join(OUTPUT_DIR, `firefox-${name}.png`);
  const page = await firefox.newPage();
  await runSliceSteps(demoSteps(page, shot('failure')), page, world);
  await (await page.$(CONTROL_HOST))?.screenshot({ path: shot('imdb-control') });
  await page.screenshot({ path: shot('imdb-page') });
  const popup = await openPopupFor(firefox, MATRIX_URL);
  await popup.setViewport({ width: 400, height: 600 });
  await waitFor(popup, '[data-testid="item-status"]');
  await waitFor(popup, 'img.poster');
  await popup.screenshot({ path: shot('popup'), fullPage: true });
  console.log(`Screenshots:\n  ${['imdb-control', 'imdb-page', 'popup'].map(shot).join('\n  ')}`);
}

export async function runFirefoxDemo(): Promise<void> {
  console.log('Building the Firefox extension…');
  const extensionDir = ensureBuilt('firefox-mv2');
  const world = await startWorld({ consent: 'auto' });
  seedDemoLibrary(world);
  const hasDisplay = Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);
  console.log(`Local Simkl service on 127.0.0.1:${world.port}; Firefox ESR through a local proxy`);
  const firefox = await launchFirefox({ extensionDir, world, headless: !hasDisplay });
  try {
    if (hasDisplay) await runInteractive(firefox);
    else await runSlice(firefox, world);
  } finally {
    await firefox.close().catch(() => {});
    await world.close();
  }
}
