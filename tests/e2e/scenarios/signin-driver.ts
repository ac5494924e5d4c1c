/**
 * What the sign-in scenarios need from a browser, the same for Chromium (Playwright) and Firefox
 * (Puppeteer): extension pages, new tabs, the window the sign-in opens, and a few DOM steps that read
 * alike in both drivers. Clicks and typing are real input events.
 */
import type { Page as PlaywrightPage } from 'playwright-core';
import type { Page as PuppeteerPage } from 'puppeteer-core';
import type { ChromiumSession } from '../harness/chromium';
import type { FirefoxSession } from '../harness/firefox';
import type { AnyPage } from '../harness/pages';

export interface SignInBrowser {
  openExtensionPage(pathname: 'options.html' | 'popup.html'): Promise<AnyPage>;
  newPage(): Promise<AnyPage>;
  /** Every open tab and window, the sign-in window included. */
  pages(): Promise<AnyPage[]>;
}

export function chromiumSignIn(chrome: ChromiumSession): SignInBrowser {
  return {
    async openExtensionPage(pathname) {
      const page = await chrome.context.newPage();
      await page.goto(`chrome-extension://${chrome.extensionId}/${pathname}`);
      return page;
    },
    newPage: () => chrome.context.newPage(),
    pages: async () => chrome.context.pages(),
  };
}

export function firefoxSignIn(firefox: FirefoxSession): SignInBrowser {
  return {
    // Firefox's BiDi now and then fails an evaluate while a new tab leaves about:blank ("right-hand
    // side of 'in' should be an object"): a driver hiccup, not the extension's, so try a fresh tab.
    openExtensionPage: (pathname) =>
      firefox.openExtensionPage(pathname).catch(() => firefox.openExtensionPage(pathname)),
    newPage: () => firefox.newPage(),
    pages: () => firefox.browser.pages(),
  };
}

const DEFAULT_TIMEOUT_MS = 15_000;

function isPuppeteer(page: AnyPage): page is PuppeteerPage {
  return 'browserContext' in page;
}

/** page.evaluate with one argument, typed once for both drivers. */
export function evaluate<A, R>(page: AnyPage, fn: (arg: A) => R, arg: A): Promise<R> {
  return (page as unknown as { evaluate(f: (a: A) => R, a: A): Promise<R> }).evaluate(fn, arg);
}

export async function click(page: AnyPage, selector: string, timeout = DEFAULT_TIMEOUT_MS): Promise<void> {
  if (isPuppeteer(page)) await page.locator(selector).setTimeout(timeout).click();
  else await (page as PlaywrightPage).locator(selector).first().click({ timeout });
}

/** Replaces a text field's value by typing, then leaves it (Tab), which commits it as a user would. */
export async function typeInto(page: AnyPage, selector: string, text: string): Promise<void> {
  await click(page, selector);
  await evaluate(
    page,
    (sel) => {
      const field = document.querySelector<HTMLInputElement>(sel);
      field?.select();
    },
    selector,
  );
  await page.keyboard.press('Backspace');
  if (text) await page.keyboard.type(text);
  await page.keyboard.press('Tab');
}

/** Polls until `selector`'s text matches; answers it. */
export async function waitForText(
  page: AnyPage,
  selector: string,
  expected: RegExp,
  timeout = DEFAULT_TIMEOUT_MS,
): Promise<string> {
  const deadline = Date.now() + timeout;
  let last = '';
  while (Date.now() < deadline) {
    last = await evaluate(
      page,
      (sel) => document.querySelector(sel)?.textContent?.trim() ?? '',
      selector,
    ).catch(() => last);
    if (expected.test(last)) return last;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`${selector} reads "${last}", expected ${String(expected)}`);
}

/** Waits for a tab or window showing a URL that matches, such as the consent page the sign-in opened. */
export async function waitForPageAt(
  browser: SignInBrowser,
  pattern: RegExp,
  timeout = DEFAULT_TIMEOUT_MS,
): Promise<AnyPage> {
  const deadline = Date.now() + timeout;
  while (Date.now() < deadline) {
    // page.url() is right for web pages in both drivers (only extension pages read about:blank).
    const found = (await browser.pages()).find((page) => pattern.test(page.url()));
    if (found) return found;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`No page at ${String(pattern)} within ${timeout} ms`);
}
