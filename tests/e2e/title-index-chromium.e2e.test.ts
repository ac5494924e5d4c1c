/**
 * The title index in Chromium (docs/architecture.md, The title index): the in-page control shows the user's state from the title index in
 * storage.local, without waiting for the background. With the service worker stopped (as Chrome
 * stops it after 30 s idle), a listed title's page shows its state and asks Simkl nothing; with the
 * worker held in the debugger, so that no message can be answered, the state still appears. The
 * index holds no token.
 */
import type { CDPSession, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SIMKL_HOSTS } from '../../lib/hosts';
import { DEMO_USER } from '../simkl-service/index';
import { ensureBuilt } from './harness/build-output';
import { type ChromiumSession, launchChromium } from './harness/chromium';
import { waitForButtonText } from './harness/pages';
import { startWorld, type World } from './harness/world';
import { storedSession } from './scenarios/faults-idb';
import { eventually, signInFromTheControl } from './scenarios/slice';

const STRANGER_THINGS = 'https://www.themoviedb.org/tv/66732-stranger-things';
const DEATH_NOTE = 'https://myanimelist.net/anime/1535/Death_Note';

let world: World;
let chrome: ChromiumSession;
let page: Page;

const simklRequests = () =>
  world.control.requestLog().filter((entry) => (SIMKL_HOSTS as readonly string[]).includes(entry.host));

/** storage.local as the extension's pages (and its content scripts) read it. */
function storageLocal(extensionPage: Page): Promise<Record<string, unknown>> {
  return extensionPage.evaluate(() =>
    (
      globalThis as unknown as {
        chrome: { storage: { local: { get(keys: null): Promise<Record<string, unknown>> } } };
      }
    ).chrome.storage.local.get(null),
  );
}

beforeAll(async () => {
  world = await startWorld();
  world.control.seedLibrary(DEMO_USER.id, [
    { ids: { tmdb: '66732' }, type: 'show', status: 'watching' },
    { ids: { mal: '1535' }, status: 'completed' },
  ]);
  chrome = await launchChromium({ extensionDir: ensureBuilt('chrome-mv3'), world });
  page = await chrome.context.newPage();
  await signInFromTheControl(world, page);
  const options = await chrome.context.newPage();
  await options.goto(`chrome-extension://${chrome.extensionId}/options.html`);
  // The first sync is done and the background has written the index of its two titles.
  const stored = await eventually(
    () => storageLocal(options),
    (all) => JSON.stringify(all[`titleIndex:${DEMO_USER.id}`] ?? {}).includes('"count":2'),
    30_000,
  );
  expect(stored.titleIndexUser).toEqual({ v: 1, user: DEMO_USER.id });
  await options.close();
});

afterAll(async () => {
  await chrome?.close();
  await world?.close();
});

/** Holds the service worker's JavaScript in the debugger (its next statement), through a page's CDP. */
async function holdWorker(): Promise<{ paused: () => boolean; release: () => Promise<void> }> {
  await chrome.serviceWorker();
  const session: CDPSession = await chrome.context.newCDPSession(page);
  const { targetInfos } = await session.send('Target.getTargets');
  const worker = targetInfos.find(
    (info) => info.type === 'service_worker' && info.url.endsWith('/background.js'),
  );
  if (!worker) throw new Error('no extension service worker');
  const { sessionId } = await session.send('Target.attachToTarget', {
    targetId: worker.targetId,
    flatten: false,
  });
  let paused = false;
  let nextId = 1;
  session.on('Target.receivedMessageFromTarget', ({ message }) => {
    if ((JSON.parse(message) as { method?: string }).method === 'Debugger.paused') paused = true;
  });
  const send = (method: string) =>
    session.send('Target.sendMessageToTarget', {
      sessionId,
      message: JSON.stringify({ id: nextId++, method }),
    });
  await send('Debugger.enable');
  await send('Debugger.pause');
  return {
    paused: () => paused,
    async release() {
      await send('Debugger.resume');
      await send('Debugger.disable');
      await session.detach();
    },
  };
}

describe('the control with a sleeping worker, in Chromium', () => {
  it("shows a listed title's state after the worker was stopped, and asks Simkl nothing", async () => {
    world.control.clearLog();
    await chrome.stopServiceWorker();
    await page.goto(STRANGER_THINGS);
    expect(await waitForButtonText(page, 'Simkl: Watching · S1E1 next')).toBe('Simkl: Watching · S1E1 next');
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    expect(simklRequests()).toEqual([]);
  });

  it('shows it while the background cannot answer (held in the debugger)', async () => {
    const held = await holdWorker();
    try {
      await page.goto(DEATH_NOTE);
      expect(await waitForButtonText(page, 'Simkl: Completed')).toBe('Simkl: Completed');
      // Still held: whatever the page asked has not been answered, so the label came from the index.
      console.log(
        `title index: state shown while the worker was held (its debugger paused: ${held.paused()})`,
      );
    } finally {
      await held.release();
    }
  });

  it('keeps no token in storage.local, where content scripts read the index', async () => {
    const options = await chrome.context.newPage();
    await options.goto(`chrome-extension://${chrome.extensionId}/options.html`);
    const session = await storedSession(options);
    const stored = JSON.stringify(await storageLocal(options));
    await options.close();
    expect(session?.accessToken).toMatch(/\S{8,}/);
    expect(stored).not.toContain(session?.accessToken);
    if (session?.refreshToken) expect(stored).not.toContain(session.refreshToken);
    expect(stored).not.toMatch(/token/i);
  });
});
