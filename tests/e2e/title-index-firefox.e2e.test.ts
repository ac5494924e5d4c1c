/**
 * The title index in Firefox (MV2 event page; docs/architecture.md, The title index): the background writes the title index into storage.local
 * after the first sync, without a token in it, and a listed title's page shows its state. (Firefox
 * offers the tests no way to suspend the event page on demand: the sleeping case is Chromium's test.)
 */
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SIMKL_HOSTS } from '../../lib/hosts';
import { DEMO_USER } from '../simkl-service/index';
import { ensureBuilt } from './harness/build-output';
import { type FirefoxSession, launchFirefox } from './harness/firefox';
import { waitForButtonText } from './harness/pages';
import { startWorld, type World } from './harness/world';
import { eventually, signInFromTheControl } from './scenarios/slice';

let world: World;
let firefox: FirefoxSession;

function storageLocal(extensionPage: Page): Promise<Record<string, unknown>> {
  return extensionPage.evaluate(() =>
    (
      globalThis as unknown as {
        browser: { storage: { local: { get(keys: null): Promise<Record<string, unknown>> } } };
      }
    ).browser.storage.local.get(null),
  );
}

beforeAll(async () => {
  world = await startWorld();
  world.control.seedLibrary(DEMO_USER.id, [{ ids: { tmdb: '66732' }, type: 'show', status: 'watching' }]);
  firefox = await launchFirefox({ extensionDir: ensureBuilt('firefox-mv2'), world });
});

afterAll(async () => {
  await firefox?.close();
  await world?.close();
});

describe('the title index in Firefox (firefox-mv2)', () => {
  it("is written after the first sync without a token, and a listed title's page shows its state", async () => {
    const page = await firefox.newPage();
    await signInFromTheControl(world, page);
    const options = await firefox.openExtensionPage('options.html');
    const stored = await eventually(
      () => storageLocal(options),
      (all) => JSON.stringify(all[`titleIndex:${DEMO_USER.id}`] ?? {}).includes('"count":1'),
      30_000,
    );
    await options.close();
    expect(stored.titleIndexUser).toEqual({ v: 1, user: DEMO_USER.id });
    expect(JSON.stringify(stored)).not.toMatch(/token/i);

    world.control.clearLog();
    await page.goto('https://www.themoviedb.org/tv/66732-stranger-things');
    expect(await waitForButtonText(page, 'Simkl: Watching · S1E1 next')).toBe('Simkl: Watching · S1E1 next');
    const simkl = world.control
      .requestLog()
      .filter((entry) => (SIMKL_HOSTS as readonly string[]).includes(entry.host));
    expect(simkl).toEqual([]);
    await page.close();
  });
});
