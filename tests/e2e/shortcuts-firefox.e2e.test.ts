/**
 * The keyboard command, the shortcuts list and the link menu's creation in Firefox ESR (MV2 build). Alt+Shift+J sent over
 * WebDriver BiDi stays in the page (tried: Firefox's command handling never sees it), and Firefox's
 * event objects have no `dispatch` to fire onCommand from a test. So the command is exercised from
 * the message on: an extension page sends the tab exactly what the background's onCommand listener
 * sends (lib/background/commands.ts), and the content script must open the control's menu.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OPEN_MENU_REQUEST } from '../../lib/messaging';
import { ensureBuilt } from './harness/build-output';
import { type FirefoxSession, launchFirefox } from './harness/firefox';
import { CONTROL, isVisibleInControl, waitForButtonText, waitForVisibleInControl } from './harness/pages';
import { startWorld, type World } from './harness/world';
import { MATRIX, signInFromTheControl } from './scenarios/slice';

/** The extension page's `browser`, as far as this test uses it. */
interface FirefoxBrowser {
  browser: {
    contextMenus: { update(id: string, changes: object): Promise<void> };
    tabs: {
      query(filter: { url: string }): Promise<Array<{ id?: number }>>;
      sendMessage(tabId: number, message: unknown): Promise<unknown>;
    };
  };
}

let world: World;
let firefox: FirefoxSession;

beforeAll(async () => {
  world = await startWorld();
  firefox = await launchFirefox({ extensionDir: ensureBuilt('firefox-mv2'), world });
});

afterAll(async () => {
  await firefox?.close();
  await world?.close();
});

describe('keyboard shortcuts in Firefox', () => {
  it('the options page lists both commands with their suggested shortcuts', async () => {
    const options = await firefox.openExtensionPage('options.html');
    const read = () =>
      options.evaluate(() =>
        [...document.querySelectorAll('[data-command]')].map((item) => item.textContent ?? ''),
      );
    await options.waitForFunction(() => document.querySelectorAll('[data-command]').length === 2, {
      timeout: 15_000,
    });
    expect(await read()).toEqual([
      'Open the Simkl popup: Alt+Shift+K',
      'Open the Simkl menu on this page: Alt+Shift+J',
    ]);
    await options.close();
  });

  it('the command’s message opens the control’s menu on an IMDb title', async () => {
    const page = await firefox.newPage();
    await signInFromTheControl(world, page);
    await page.goto(MATRIX.url);
    await waitForButtonText(page, /Add to Simkl/);
    expect(await isVisibleInControl(page, CONTROL.status('plantowatch'))).toBe(false);
    const extensionPage = await firefox.openExtensionPage('options.html');
    await extensionPage.evaluate(async (type: string) => {
      const api = (globalThis as unknown as FirefoxBrowser).browser;
      const [tab] = await api.tabs.query({ url: 'https://www.imdb.com/title/*' });
      if (tab?.id === undefined) throw new Error('No IMDb title tab');
      await api.tabs.sendMessage(tab.id, { type }).catch(() => undefined);
    }, OPEN_MENU_REQUEST);
    await extensionPage.close();
    await waitForVisibleInControl(page, CONTROL.status('plantowatch'));
    const active = await page.evaluate(() => document.activeElement?.hasAttribute('data-simkl-control'));
    expect(active).toBe(true);
    await page.close();
  });

  it('the link context menu was created on install (each item exists for contextMenus.update)', async () => {
    const extensionPage = await firefox.openExtensionPage('options.html');
    const missing = await extensionPage.evaluate(async () => {
      const api = (globalThis as unknown as FirefoxBrowser).browser;
      const ids = [
        'simkl',
        'simkl-plantowatch',
        'simkl-watching',
        'simkl-completed',
        'simkl-watched',
        'simkl-open',
      ];
      const failed: string[] = [];
      for (const id of ids) await api.contextMenus.update(id, {}).catch(() => failed.push(id));
      await api.contextMenus.update('not-ours', {}).then(
        () => failed.push('not-ours was found'),
        () => undefined,
      );
      return failed;
    });
    expect(missing).toEqual([]);
    await extensionPage.close();
  });
});
