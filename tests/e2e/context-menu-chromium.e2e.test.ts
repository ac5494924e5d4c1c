/**
 * The link context menu and the keyboard command in Chromium. Headless Chromium draws no native
 * context menu and routes CDP key events to the page, never to the browser's command accelerators,
 * so neither a right-click nor Alt+Shift+J can reach the extension here. The tests go one step in:
 * in the extension's own service worker (a CDP target no page can reach), they fire the real events
 * through Chrome's event objects, `contextMenus.onClicked.dispatch(info, tab)` and
 * `commands.onCommand.dispatch(name, tab)`, which run every listener the extension registered with
 * the arguments Chrome passes on a real click or key press. Everything after that is production code.
 */
import type { Page, Worker } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SITE_ADAPTERS } from '../../lib/sites/index';
import { titleLinkPatterns } from '../../lib/sites/title-links';
import { DEMO_USER } from '../simkl-service/index';
import { matchesPattern } from '../unit/sites/match-pattern';
import { ensureBuilt } from './harness/build-output';
import { type ChromiumSession, launchChromium } from './harness/chromium';
import { CONTROL, isVisibleInControl, waitForButtonText, waitForVisibleInControl } from './harness/pages';
import { startWorld, type World } from './harness/world';
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

let world: World;
let chrome: ChromiumSession;
let page: Page;

beforeAll(async () => {
  world = await startWorld();
  chrome = await launchChromium({ extensionDir: ensureBuilt('chrome-mv3'), world });
  page = await chrome.context.newPage();
});

afterAll(async () => {
  await chrome?.close();
  await world?.close();
});

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

const listWrites = () =>
  world.control.requestLog().filter((entry) => entry.method === 'POST' && entry.path === '/sync/add-to-list');
const filmEntry = () =>
  world.control.library(DEMO_USER.id).movies.find((entry) => entry.simkl === FILM.simkl);

async function firstTitleLink(): Promise<string> {
  await page.goto(CHART);
  return page
    .locator('a.ipc-title-link-wrapper')
    .first()
    .evaluate((link) => (link as HTMLAnchorElement).href);
}

describe('the link context menu in Chromium', () => {
  it('offers itself on the chart’s title link (the menu’s own patterns match it)', async () => {
    const link = await firstTitleLink();
    expect(link).toBe(FILM_LINK);
    expect(titleLinkPatterns(SITE_ADAPTERS).some((pattern) => matchesPattern(pattern, FILM_LINK))).toBe(true);
  });

  it('signed out, a click writes nothing', async () => {
    const worker = await chrome.serviceWorker();
    await clickMenu(worker, 'simkl-completed', await firstTitleLink(), CHART);
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    expect(listWrites()).toEqual([]);
    expect(filmEntry()).toBeUndefined();
  });

  it('signed in, Completed on an IMDb link lands on the service, sent once', async () => {
    await signInFromTheControl(world, page);
    const link = await firstTitleLink();
    const worker = await chrome.serviceWorker();
    await clickMenu(worker, 'simkl-completed', link, CHART);
    const landed = await eventually(filmEntry, (entry) => entry?.status === 'completed', 20_000);
    expect(landed?.status).toBe('completed');
    // The sync that follows the write must not bring a second send.
    await new Promise((resolve) => setTimeout(resolve, 2_000));
    const aboutFilm = listWrites().filter((entry) => {
      const body = JSON.stringify(entry.body);
      return body.includes(`"${FILM.imdb}"`) || body.includes(`:${FILM.simkl}`);
    });
    expect(aboutFilm).toHaveLength(1);
    expect(JSON.stringify(aboutFilm[0]?.body)).toContain('"to":"completed"');
  });

  it('Open on Simkl opens the resolved title’s page on simkl.com', async () => {
    const worker = await chrome.serviceWorker();
    const opened = chrome.context.waitForEvent('page', { timeout: 20_000 });
    await clickMenu(worker, 'simkl-open', await firstTitleLink(), CHART);
    const tab = await opened;
    await eventually(
      () => tab.url(),
      (url) => url !== 'about:blank',
    );
    expect(tab.url()).toMatch(new RegExp(`^https://simkl\\.com/movies/${FILM.simkl}(/|$)`));
    await tab.close();
  });
});

describe('the keyboard command in Chromium', () => {
  it('is registered with its suggested shortcuts', async () => {
    const worker = await chrome.serviceWorker();
    const commands = await worker.evaluate(() =>
      (globalThis as unknown as WorkerChrome).chrome.commands.getAll(),
    );
    expect(commands.map(({ name, shortcut }) => ({ name, shortcut }))).toEqual([
      { name: '_execute_action', shortcut: 'Alt+Shift+K' },
      { name: 'open-page-menu', shortcut: 'Alt+Shift+J' },
    ]);
  });

  it('"Open the Simkl menu on this page" focuses the control and opens its menu', async () => {
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
    const active = await page.evaluate(() => document.activeElement?.hasAttribute('data-simkl-control'));
    expect(active).toBe(true);
  });

  it('the options page lists them and opens chrome://extensions/shortcuts to change them', async () => {
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
  });
});
