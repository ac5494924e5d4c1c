/**
 * Driving the extension's own pages (popup.html, options.html) the same way in Chromium (Playwright)
 * and Firefox (Puppeteer): open them, click, type, read text, and run code inside them.
 */
import type { Page as PlaywrightPage } from 'playwright-core';
import type { Page as PuppeteerPage } from 'puppeteer-core';
import type { ChromiumSession } from '../harness/chromium';
import type { FirefoxSession } from '../harness/firefox';
import type { AnyPage } from '../harness/pages';

const TIMEOUT_MS = 15_000;

export interface Browserish {
  /** An extension page such as 'popup.html?tab=3' in a new tab. */
  openPage(path: string): Promise<AnyPage>;
  /** A new tab for web pages (the fixture sites). */
  newTab(): Promise<AnyPage>;
  /** 'chrome' or 'firefox': which toolbar API the build has. */
  name: 'chromium' | 'firefox';
}

export function chromiumPages(chrome: ChromiumSession): Browserish {
  return {
    name: 'chromium',
    async openPage(path) {
      const page = await chrome.context.newPage();
      await page.goto(`chrome-extension://${chrome.extensionId}/${path}`);
      return page;
    },
    newTab: () => chrome.context.newPage(),
  };
}

export function firefoxPages(firefox: FirefoxSession): Browserish {
  return {
    name: 'firefox',
    openPage: (path) => firefox.openExtensionPage(path),
    newTab: () => firefox.newPage(),
  };
}

function isPuppeteer(page: AnyPage): page is PuppeteerPage {
  return 'browserContext' in page;
}

/** Runs `fn(arg)` inside the page (the extension API is there as `browser` or `chrome`). */
export function evaluate<A, R>(page: AnyPage, fn: (arg: A) => R | Promise<R>, arg: A): Promise<R> {
  return (page as unknown as { evaluate(f: (arg: A) => unknown, a: A): Promise<R> }).evaluate(fn, arg);
}

/**
 * Puppeteer's locators wait for animation frames, which Firefox withholds from tabs in the
 * background: the page acted on comes to the front first, as it would for a user. Scenarios that run
 * at once in one browser bring their own tabs to the front meanwhile, so while the action waits the
 * page is brought to the front again every second. One attempt only: an action retried after a
 * timeout could act twice (a second click on a toggle undoes the first).
 */
async function inFront(page: PuppeteerPage, act: () => Promise<void>): Promise<void> {
  await page.bringToFront();
  const again = setInterval(() => void page.bringToFront().catch(() => undefined), FRONT_AGAIN_MS);
  try {
    await act();
  } finally {
    clearInterval(again);
  }
}

const FRONT_AGAIN_MS = 1_000;

export async function click(page: AnyPage, selector: string, timeout = TIMEOUT_MS): Promise<void> {
  if (isPuppeteer(page)) {
    await inFront(page, () => page.locator(selector).setTimeout(timeout).click());
  } else {
    await (page as PlaywrightPage).locator(selector).first().click({ timeout });
  }
}

export async function fill(page: AnyPage, selector: string, value: string): Promise<void> {
  if (isPuppeteer(page)) {
    await inFront(page, () => page.locator(selector).setTimeout(TIMEOUT_MS).fill(value));
  } else {
    await (page as PlaywrightPage).locator(selector).first().fill(value, { timeout: TIMEOUT_MS });
  }
}

export async function goto(page: AnyPage, url: string): Promise<void> {
  await (page as { goto(url: string): Promise<unknown> }).goto(url);
}

/** Polls until the element's trimmed text matches; answers it. */
export async function waitForText(
  page: AnyPage,
  selector: string,
  expected: RegExp,
  timeout = TIMEOUT_MS,
): Promise<string> {
  const deadline = Date.now() + timeout;
  let last: string | null = null;
  while (Date.now() < deadline) {
    last = await evaluate(page, (sel) => document.querySelector(sel)?.textContent?.trim() ?? null, selector);
    if (last !== null && expected.test(last)) return last;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`${selector} reads ${JSON.stringify(last)}, expected ${String(expected)}`);
}

/** Polls until `selector` matches something. */
export async function waitFor(page: AnyPage, selector: string, timeout = TIMEOUT_MS): Promise<void> {
  await waitForText(page, selector, /[\s\S]*/, timeout);
}

interface TabsApi {
  tabs: { query(query: { url: string }): Promise<Array<{ id?: number }>> };
}

/** The id of the tab showing `urlPattern`, asked from an extension page (no `tabs` permission needed). */
export async function tabIdOf(page: AnyPage, urlPattern: string): Promise<number> {
  const id = await evaluate(
    page,
    async (pattern) => {
      const scope = globalThis as unknown as { browser?: TabsApi; chrome?: TabsApi };
      const api = scope.browser ?? scope.chrome;
      return (await api?.tabs.query({ url: pattern }))?.[0]?.id ?? null;
    },
    urlPattern,
  );
  if (id === null) throw new Error(`No tab shows ${urlPattern}`);
  return id;
}

interface BadgeApi {
  getBadgeText(details: Record<string, never>): Promise<string>;
}

/** The toolbar badge's text, from an extension page: `action` in MV3, `browserAction` in MV2. */
export function badgeText(page: AnyPage): Promise<string> {
  return evaluate(
    page,
    async () => {
      const scope = globalThis as unknown as {
        browser?: Record<string, BadgeApi>;
        chrome?: Record<string, BadgeApi>;
      };
      const api = scope.browser ?? scope.chrome;
      const action = api?.action ?? api?.browserAction;
      return action ? action.getBadgeText({}) : 'no action API';
    },
    null,
  );
}

export async function closePage(page: AnyPage): Promise<void> {
  await (page as { close(): Promise<unknown> }).close();
}

/** Waits for a page to close by itself (the match window after a choice); fails after `timeout`. */
export async function waitForClosed(page: AnyPage, timeout = 10_000): Promise<void> {
  const started = Date.now();
  // Puppeteer over WebDriver BiDi may not mark a page whose window the extension removed as closed:
  // a page that no longer answers is closed too.
  const gone = async () =>
    (page as { isClosed(): boolean }).isClosed() ||
    (await Promise.race([
      (page as { evaluate(fn: () => number): Promise<number> })
        .evaluate(() => 1)
        .then(
          () => false,
          () => true,
        ),
      new Promise<boolean>((resolve) => setTimeout(() => resolve(false), 1_000)),
    ]));
  while (!(await gone())) {
    if (Date.now() - started > timeout) throw new Error(`the page did not close within ${timeout} ms`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/**
 * Opens the options page's folded "Advanced" (the sign-in method, the client id, the caches) as a user
 * would, by its summary; an already open one stays open.
 */
export async function openAdvanced(page: AnyPage): Promise<void> {
  const open = await evaluate(
    page,
    () => document.querySelector('details.advanced')?.hasAttribute('open'),
    null,
  );
  if (!open) await click(page, 'details.advanced > summary');
  await waitForText(page, 'details.advanced[open] summary', /\S/);
}
