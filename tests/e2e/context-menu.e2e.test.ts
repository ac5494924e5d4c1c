/**
 * The link context menu and the keyboard command.
 *
 * Chromium: headless Chromium draws no native context menu and routes CDP key events to the page,
 * never to the browser's command accelerators, so neither a right-click nor Alt+Shift+J can reach the
 * extension there. The tests go one step in: in the extension's own service worker (a CDP target no
 * page can reach), they fire the real events through Chrome's event objects,
 * `contextMenus.onClicked.dispatch(info, tab)` and `commands.onCommand.dispatch(name, tab)`, which run
 * every listener the extension registered with the arguments Chrome passes on a real click or key
 * press. Everything after that is production code.
 *
 * A menu click only opens the confirm window (confirm.html); the tests read it (in Chromium with the
 * link's text, which the background reads from the clicked frame), press Confirm or Cancel there, and
 * look for the write at the local Simkl service.
 *
 * Firefox (MV2 build): Alt+Shift+J sent over WebDriver BiDi stays in the page (tried: Firefox's
 * command handling never sees it), and Firefox's event objects have no `dispatch` to fire onCommand
 * or onClicked from a test. So the command is exercised from the message on: an extension page sends
 * the tab exactly what the background's onCommand listener sends, and the content script must open
 * the control's menu; the link menu's items are checked to exist with contextMenus.update; and the
 * confirm window from the pending action on: an extension page stores in storage.session what a click
 * stores (with the link's text, which Firefox's menus API gives), and Confirm must still find the
 * background resolving the link to the same Simkl item before it writes.
 */
import { randomUUID } from 'node:crypto';
import type { Page, Worker } from 'playwright-core';
import { beforeAll, expect } from 'vitest';
import {
  PENDING_MENU_PREFIX,
  type PendingMenuAction,
} from '../../lib/background/context-menu/pending-menu-actions';
import type { ListStatus } from '../../lib/media';
import { OPEN_MENU_REQUEST } from '../../lib/messaging';
import { titleLinkPatterns } from '../../lib/sites/title-links';
import { detectMediaFromUrl, SITE_URL_READERS } from '../../lib/sites/url-readers';
import { DEMO_USER } from '../simkl-service/index';
import { matchesPattern } from '../unit/sites/match-pattern';
import { CONTROL, isVisibleInControl, waitForButtonText, waitForVisibleInControl } from './harness/pages';
import { describeInBrowsers, type Session } from './harness/suite';
import type { World } from './harness/world';
import { expectConfirmWords, pressConfirm, pressEscape } from './scenarios/confirm-window';
import { click, closePage, evaluate, waitForText } from './scenarios/extension-pages';
import { eventually, MATRIX, signInFromTheControl } from './scenarios/slice';

/** Chrome's event objects in an extension context carry `dispatch`, which runs their listeners. */
interface ChromeEvent {
  dispatch(...args: unknown[]): void;
}

/** The worker's `chrome`, as far as these tests use it. */
interface WorkerChrome {
  chrome: {
    contextMenus: { update(id: string, changes: object): Promise<void>; onClicked: ChromeEvent };
    commands: { getAll(): Promise<Array<{ name?: string; shortcut?: string }>>; onCommand: ChromeEvent };
    tabs: { query(filter: { url: string }): Promise<Array<{ id?: number }>> };
  };
}

/** A catalogue film the service resolves by its IMDb id, put first on the 250-entry chart fixture. */
const FILM = { imdb: 'tt0111161', simkl: 9100006 } as const;
const CHART = `https://www.imdb.com/chart/top/?fixture=badges-250&known=${FILM.imdb}`;
const FILM_LINK = `https://www.imdb.com/title/${FILM.imdb}/?ref_=chttp_t_1`;
/** What the confirm window says of that link. */
const FILM_WORDS = {
  match: 'Title: The Shawshank Redemption (1994 · Movie)',
  link: `Link: ${FILM_LINK}`,
} as const;
/** The chart fixture's words for its first link, read from the page in Chromium (link-text.ts). */
const CHART_LINK_TEXT = 'Link text: 1. Title 1';

/** Runs in the worker: Chrome's own onClicked event, dispatched to the listeners the extension added. */
async function clickMenu(worker: Worker, menuItemId: string, linkUrl: string, pageUrl: string) {
  await worker.evaluate(
    async ({ menuItemId, linkUrl, pageUrl }) => {
      const api = (globalThis as unknown as WorkerChrome).chrome;
      // Only our own menu item ids exist: updating a missing one rejects.
      await api.contextMenus.update(menuItemId, {});
      const [tab] = await api.tabs.query({ url: 'https://www.imdb.com/chart/*' });
      const info = { menuItemId, parentMenuItemId: 'simkl', linkUrl, pageUrl, frameId: 0, editable: false };
      api.contextMenus.onClicked.dispatch(info, tab);
    },
    { menuItemId, linkUrl, pageUrl },
  );
}

const listWrites = (world: World) =>
  world.control.requestLog().filter((entry) => entry.method === 'POST' && entry.path === '/sync/add-to-list');
const filmEntry = (world: World) =>
  world.control.library(DEMO_USER.id).movies.find((entry) => entry.simkl === FILM.simkl);

/** The film's list writes: the chart's other titles are not this file's. */
const filmWrites = (world: World) =>
  listWrites(world).filter((entry) => {
    const body = JSON.stringify(entry.body);
    return body.includes(`"${FILM.imdb}"`) || body.includes(`:${FILM.simkl}`);
  });

/** A click in Chromium's menu, and the confirm window it opens. */
async function confirmWindowAfterClick(chrome: Session['chrome'], menuItemId: string, link: string) {
  const opened = chrome.context.waitForEvent('page', { timeout: 20_000 });
  await clickMenu(await chrome.serviceWorker(), menuItemId, link, CHART);
  const window = await opened;
  await window.waitForURL(/\/confirm\.html\?id=/);
  return window;
}

/** In Firefox, what a click stores for its confirm window (pending-menu-actions.ts); answers its id. */
async function storeMenuAction(session: Session, status: ListStatus): Promise<string> {
  const media = detectMediaFromUrl(FILM_LINK);
  if (!media) throw new Error('The film link is not a title');
  const action: Omit<PendingMenuAction, 'at'> = {
    write: { kind: 'status', status },
    media,
    link: { url: FILM_LINK, text: 'The Shawshank Redemption' },
    match: { found: true, simkl: FILM.simkl, type: 'movie', title: 'The Shawshank Redemption', year: 1994 },
    listed: null,
  };
  const id = randomUUID();
  const page = await session.firefox.openExtensionPage('options.html');
  await evaluate(
    page,
    async ({ key, action }) => {
      const api = (globalThis as unknown as FirefoxBrowser).browser;
      await api.storage.session.set({ [key]: { ...action, at: Date.now() } });
    },
    { key: `${PENDING_MENU_PREFIX}${id}`, action },
  );
  await page.close();
  return id;
}

async function firstTitleLink(page: Page): Promise<string> {
  await page.goto(CHART);
  return page
    .locator('a.ipc-title-link-wrapper')
    .first()
    .evaluate((link) => (link as HTMLAnchorElement).href);
}

/** The extension page's `browser`, as far as this test uses it. */
interface FirefoxBrowser {
  browser: {
    contextMenus: { update(id: string, changes: object): Promise<void> };
    storage: { session: { set(items: object): Promise<void> } };
    tabs: {
      query(filter: { url: string }): Promise<Array<{ id?: number }>>;
      sendMessage(tabId: number, message: unknown): Promise<unknown>;
    };
  };
}

describeInBrowsers(
  'the link context menu and the keyboard command',
  { scenario: 'context-menu' },
  (suite) => {
    let session: Session;
    let world: World;

    beforeAll(async () => {
      session = await suite.start();
      world = session.world;
    });

    if (suite.runs('chromium-dispatch')) {
      let chrome: Session['chrome'];
      let page: Page;

      beforeAll(async () => {
        chrome = session.chrome;
        page = await chrome.context.newPage();
      });
      suite.it(
        'chromium-dispatch',
        'offers itself on the chart’s title link (the menu’s own patterns match it)',
        async () => {
          const link = await firstTitleLink(page);
          expect(link).toBe(FILM_LINK);
          expect(
            titleLinkPatterns(SITE_URL_READERS).some((pattern) => matchesPattern(pattern, FILM_LINK)),
          ).toBe(true);
        },
      );

      suite.it('chromium-dispatch', 'signed out, a click opens nothing and writes nothing', async () => {
        const worker = await chrome.serviceWorker();
        await clickMenu(worker, 'simkl-completed', await firstTitleLink(page), CHART);
        await new Promise((resolve) => setTimeout(resolve, 1_500));
        expect(chrome.context.pages().filter((open) => open.url().includes('/confirm.html'))).toEqual([]);
        expect(listWrites(world)).toEqual([]);
        expect(filmEntry(world)).toBeUndefined();
      });

      suite.it(
        'chromium-dispatch',
        'signed in, a click opens the confirm window; Escape there closes it and writes nothing',
        async () => {
          await signInFromTheControl(world, page);
          const window = await confirmWindowAfterClick(
            chrome,
            'simkl-plantowatch',
            await firstTitleLink(page),
          );
          await expectConfirmWords(window, {
            write: 'Add to Plan to Watch',
            ...FILM_WORDS,
            linkText: CHART_LINK_TEXT,
          });
          const closed = window.waitForEvent('close', { timeout: 10_000 });
          await pressEscape(window);
          await closed;
          await new Promise((resolve) => setTimeout(resolve, 2_000));
          expect(filmWrites(world)).toEqual([]);
          expect(filmEntry(world)).toBeUndefined();
        },
      );

      suite.it('chromium-dispatch', 'its Cancel button, and closing the window, write nothing', async () => {
        const cancelled = await confirmWindowAfterClick(chrome, 'simkl-watching', await firstTitleLink(page));
        await expectConfirmWords(cancelled, {
          write: 'Add to Watching',
          ...FILM_WORDS,
          linkText: CHART_LINK_TEXT,
        });
        const gone = cancelled.waitForEvent('close', { timeout: 10_000 });
        await click(cancelled, '[data-action="menu-cancel"]');
        await gone;
        const closed = await confirmWindowAfterClick(chrome, 'simkl-watched', await firstTitleLink(page));
        await waitForText(closed, '[data-testid="confirm-write"]', /^Mark as watched$/);
        await closed.close();
        await new Promise((resolve) => setTimeout(resolve, 2_000));
        expect(filmWrites(world)).toEqual([]);
        expect(filmEntry(world)).toBeUndefined();
      });

      suite.it(
        'chromium-dispatch',
        'Completed on an IMDb link, confirmed in the window, lands on the service once, though the page moved the link',
        async () => {
          const window = await confirmWindowAfterClick(chrome, 'simkl-completed', await firstTitleLink(page));
          await expectConfirmWords(window, {
            write: 'Add to Completed',
            ...FILM_WORDS,
            linkText: CHART_LINK_TEXT,
          });
          // Nothing is written before Confirm.
          expect(filmWrites(world)).toEqual([]);
          // The page points the clicked link at another title while the window is open.
          await page.evaluate(() => {
            const link = document.querySelector<HTMLAnchorElement>('a.ipc-title-link-wrapper');
            if (link) link.href = '/title/tt0068646/';
          });
          await pressConfirm(window);
          const landed = await eventually(
            () => filmEntry(world),
            (entry) => entry?.status === 'completed',
            20_000,
          );
          expect(landed?.status).toBe('completed');
          // The sync that follows the write must not bring a second send.
          await new Promise((resolve) => setTimeout(resolve, 2_000));
          expect(filmWrites(world)).toHaveLength(1);
          expect(JSON.stringify(filmWrites(world)[0]?.body)).toContain('"to":"completed"');
          expect(listWrites(world)).toEqual(filmWrites(world));
        },
      );

      suite.it(
        'chromium-dispatch',
        'Open on Simkl opens the resolved title’s page on simkl.com',
        async () => {
          const worker = await chrome.serviceWorker();
          const opened = chrome.context.waitForEvent('page', { timeout: 20_000 });
          await clickMenu(worker, 'simkl-open', await firstTitleLink(page), CHART);
          const tab = await opened;
          await eventually(
            () => tab.url(),
            (url) => url !== 'about:blank',
          );
          expect(tab.url()).toMatch(new RegExp(`^https://simkl\\.com/movies/${FILM.simkl}(/|$)`));
          await tab.close();
        },
      );
      suite.it('chromium-dispatch', 'is registered with its suggested shortcuts', async () => {
        const worker = await chrome.serviceWorker();
        const commands = await worker.evaluate(() =>
          (globalThis as unknown as WorkerChrome).chrome.commands.getAll(),
        );
        expect(commands.map(({ name, shortcut }) => ({ name, shortcut }))).toEqual([
          { name: '_execute_action', shortcut: 'Alt+Shift+K' },
          { name: 'open-page-menu', shortcut: 'Alt+Shift+J' },
        ]);
      });

      suite.it(
        'chromium-dispatch',
        '"Open the Simkl menu on this page" focuses the control and opens its menu',
        async () => {
          await page.goto(MATRIX.url);
          await waitForButtonText(page, /Add to Simkl|Plan to Watch|Completed/);
          expect(await isVisibleInControl(page, CONTROL.status('plantowatch'))).toBe(false);
          const worker = await chrome.serviceWorker();
          await worker.evaluate(async () => {
            const api = (globalThis as unknown as WorkerChrome).chrome;
            const [tab] = await api.tabs.query({ url: 'https://www.imdb.com/title/*' });
            api.commands.onCommand.dispatch('open-page-menu', tab);
          });
          await waitForVisibleInControl(page, CONTROL.status('plantowatch'));
          // Focus is inside the control: the page sees only its host as the active element.
          const active = await page.evaluate(() =>
            document.activeElement?.hasAttribute('data-simkl-control'),
          );
          expect(active).toBe(true);
        },
      );

      suite.it(
        'chromium-dispatch',
        'the options page lists them and opens chrome://extensions/shortcuts to change them',
        async () => {
          const options = await chrome.context.newPage();
          await options.goto(`chrome-extension://${chrome.extensionId}/options.html`);
          const menuShortcut = options.locator('[data-command="open-page-menu"]');
          await menuShortcut.waitFor();
          expect(await menuShortcut.textContent()).toBe('Open the Simkl menu on this page: Alt+Shift+J');
          expect(await options.locator('[data-command="_execute_action"]').textContent()).toBe(
            'Open the Simkl popup: Alt+Shift+K',
          );
          const settings = chrome.context.waitForEvent('page', { timeout: 20_000 });
          await options.locator('[data-action="change-shortcuts"]').click();
          const opened = await settings;
          await eventually(
            () => opened.url(),
            (url) => url.startsWith('chrome://extensions'),
          );
          expect(opened.url()).toBe('chrome://extensions/shortcuts');
          await opened.close();
          await options.close();
        },
      );
    }
    suite.it(
      'firefox-message',
      'the options page lists both commands with their suggested shortcuts',
      async () => {
        const options = await session.firefox.openExtensionPage('options.html');
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
      },
    );

    suite.it(
      'firefox-message',
      'the command’s message opens the control’s menu on an IMDb title',
      async () => {
        const page = await session.firefox.newPage();
        await signInFromTheControl(session.world, page);
        await page.goto(MATRIX.url);
        await waitForButtonText(page, /Add to Simkl/);
        expect(await isVisibleInControl(page, CONTROL.status('plantowatch'))).toBe(false);
        const extensionPage = await session.firefox.openExtensionPage('options.html');
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
      },
    );

    suite.it(
      'firefox-message',
      'the confirm window names the link and its text; Escape writes nothing, Confirm lands once',
      async () => {
        // Signed in by the command's test above.
        const cancelled = await session.firefox.openExtensionPage(
          `confirm.html?id=${await storeMenuAction(session, 'plantowatch')}`,
        );
        const linkText = 'Link text: The Shawshank Redemption';
        await expectConfirmWords(cancelled, { write: 'Add to Plan to Watch', ...FILM_WORDS, linkText });
        await pressEscape(cancelled);
        await new Promise((resolve) => setTimeout(resolve, 2_000));
        expect(filmWrites(session.world)).toEqual([]);
        await closePage(cancelled).catch(() => undefined);

        const confirmed = await session.firefox.openExtensionPage(
          `confirm.html?id=${await storeMenuAction(session, 'completed')}`,
        );
        await expectConfirmWords(confirmed, { write: 'Add to Completed', ...FILM_WORDS, linkText });
        await pressConfirm(confirmed);
        const landed = await eventually(
          () => filmEntry(session.world),
          (entry) => entry?.status === 'completed',
          20_000,
        );
        expect(landed?.status).toBe('completed');
        await new Promise((resolve) => setTimeout(resolve, 2_000));
        expect(filmWrites(session.world)).toHaveLength(1);
        await closePage(confirmed).catch(() => undefined);
      },
    );

    suite.it(
      'firefox-message',
      'the link context menu was created on install (each item exists for contextMenus.update)',
      async () => {
        const extensionPage = await session.firefox.openExtensionPage('options.html');
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
      },
    );
  },
);
