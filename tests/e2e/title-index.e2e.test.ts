/**
 * The in-page control shows the user's state from the title index in storage.local, without waiting
 * for the background. The background writes the index after the first sync, without a token in it,
 * and a listed title's page shows its state asking Simkl nothing. In Chromium, also with the service
 * worker stopped (as Chrome stops it after 30 s idle), and with the worker held in the debugger, so
 * that no message can be answered (browser-support.ts says why Firefox cannot).
 */
import type { CDPSession, Page } from 'playwright-core';
import { beforeAll, expect, it } from 'vitest';
import { SIMKL_HOSTS } from '../../lib/hosts';
import { TITLE_INDEX_VERSION } from '../../lib/title-index/format';
import { DEMO_USER } from '../simkl-service/index';
import { type AnyPage, waitForButtonText } from './harness/pages';
import { describeInBrowsers, type Session } from './harness/suite';
import { closePage, evaluate, goto } from './scenarios/extension-pages';
import { storedSession } from './scenarios/faults-idb';
import { eventually, signInFromTheControl } from './scenarios/slice';

const STRANGER_THINGS = 'https://www.themoviedb.org/tv/66732-stranger-things';
const DEATH_NOTE = 'https://myanimelist.net/anime/1535/Death_Note';

interface StorageGlobal {
  browser?: { storage: { local: { get(keys: null): Promise<Record<string, unknown>> } } };
  chrome?: { storage: { local: { get(keys: null): Promise<Record<string, unknown>> } } };
}

/** storage.local as the extension's pages (and its content scripts) read it. */
function storageLocal(extensionPage: AnyPage): Promise<Record<string, unknown>> {
  return evaluate(
    extensionPage,
    async () => {
      const scope = globalThis as unknown as StorageGlobal;
      return (await (scope.browser ?? scope.chrome)?.storage.local.get(null)) ?? {};
    },
    null,
  );
}

describeInBrowsers('the title index', { scenario: 'title-index' }, (suite) => {
  let session: Session;
  let page: AnyPage;
  const simklRequests = () =>
    session.world.control
      .requestLog()
      .filter((entry) => (SIMKL_HOSTS as readonly string[]).includes(entry.host));

  beforeAll(async () => {
    session = await suite.start({
      seed: [
        { ids: { tmdb: '66732' }, type: 'show', status: 'watching' },
        { ids: { mal: '1535' }, status: 'completed' },
      ],
    });
    page = await session.newPage();
    await signInFromTheControl(session.world, page);
  });

  it("is written after the first sync without a token, and a listed title's page shows its state", async () => {
    const options = await session.openExtensionPage('options.html');
    // The first sync is done and the background has written the index of its two titles.
    const stored = await eventually(
      () => storageLocal(options),
      (all) => JSON.stringify(all.titleIndex ?? {}).includes('"count":2'),
      30_000,
    );
    await closePage(options);
    expect(stored.titleIndexUser).toEqual({ v: TITLE_INDEX_VERSION, user: DEMO_USER.id });
    expect(JSON.stringify(stored)).not.toMatch(/token/i);

    session.world.control.clearLog();
    await goto(page, STRANGER_THINGS);
    expect(await waitForButtonText(page, 'Simkl: Watching · S1E1 next')).toBe('Simkl: Watching · S1E1 next');
    expect(simklRequests()).toEqual([]);
  });

  if (suite.runs('sleeping-worker')) {
    /** Holds the service worker's JavaScript in the debugger (its next statement), through a page's CDP. */
    const holdWorker = async (): Promise<{ paused: () => boolean; release: () => Promise<void> }> => {
      const { chrome } = session;
      await chrome.serviceWorker();
      const cdp: CDPSession = await chrome.context.newCDPSession(page as Page);
      const { targetInfos } = await cdp.send('Target.getTargets');
      const worker = targetInfos.find(
        (info) => info.type === 'service_worker' && info.url.endsWith('/background.js'),
      );
      if (!worker) throw new Error('no extension service worker');
      const { sessionId } = await cdp.send('Target.attachToTarget', {
        targetId: worker.targetId,
        flatten: false,
      });
      let paused = false;
      let nextId = 1;
      cdp.on('Target.receivedMessageFromTarget', ({ message }) => {
        if ((JSON.parse(message) as { method?: string }).method === 'Debugger.paused') paused = true;
      });
      const send = (method: string) =>
        cdp.send('Target.sendMessageToTarget', {
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
          await cdp.detach();
        },
      };
    };

    suite.it(
      'sleeping-worker',
      "shows a listed title's state after the worker was stopped, and asks Simkl nothing",
      async () => {
        session.world.control.clearLog();
        await session.chrome.stopServiceWorker();
        await goto(page, STRANGER_THINGS);
        expect(await waitForButtonText(page, 'Simkl: Watching · S1E1 next')).toBe(
          'Simkl: Watching · S1E1 next',
        );
        // Nothing the page or a woken worker asks may reach Simkl while the title shows.
        await new Promise((resolve) => setTimeout(resolve, 1_000));
        expect(simklRequests()).toEqual([]);
      },
    );

    suite.it(
      'sleeping-worker',
      'shows it while the background cannot answer (held in the debugger)',
      async () => {
        const held = await holdWorker();
        try {
          await goto(page, DEATH_NOTE);
          expect(await waitForButtonText(page, 'Simkl: Completed')).toBe('Simkl: Completed');
          // Still held: whatever the page asked has not been answered, so the label came from the index.
          console.log(
            `title index: state shown while the worker was held (its debugger paused: ${held.paused()})`,
          );
        } finally {
          await held.release();
        }
      },
    );
  }

  it('keeps no token in storage.local, where content scripts read the index', async () => {
    const options = await session.openExtensionPage('options.html');
    const tokens = await storedSession(options);
    const stored = JSON.stringify(await storageLocal(options));
    await closePage(options);
    expect(tokens?.accessToken).toMatch(/\S{8,}/);
    expect(stored).not.toContain(tokens?.accessToken);
    if (tokens?.refreshToken) expect(stored).not.toContain(tokens.refreshToken);
    expect(stored).not.toMatch(/token/i);
  });
});
