/**
 * Driving the in-page control from tests, in Chromium (Playwright) and Firefox (Puppeteer) alike. The
 * control lives in an open shadow root under `[data-simkl-control]`: Playwright's CSS engine pierces
 * shadow roots by itself, Puppeteer needs its `>>>` deep combinator.
 */
import type { Page as PlaywrightPage } from 'playwright-core';
import type { Page as PuppeteerPage } from 'puppeteer-core';
import type { ListStatus } from '../../../lib/media';

export type AnyPage = PlaywrightPage | PuppeteerPage;

export const CONTROL_HOST = '[data-simkl-control]';
export const CONTROL = {
  button: '[data-testid="simkl-button"]',
  status: (status: ListStatus) => `[data-status="${status}"]`,
  rating: (rating: number) => `[data-rating="${rating}"]`,
  remove: '[data-action="remove"]',
} as const;

const DEFAULT_TIMEOUT_MS = 15_000;

function isPuppeteer(page: AnyPage): page is PuppeteerPage {
  return 'browserContext' in page;
}

/** Waits until `inner` is visible inside the control and clicks it like a user would. */
export async function clickInControl(
  page: AnyPage,
  inner: string,
  timeout = DEFAULT_TIMEOUT_MS,
): Promise<void> {
  if (isPuppeteer(page)) {
    await page.locator(`${CONTROL_HOST} >>> ${inner}`).setTimeout(timeout).click();
  } else {
    await page.locator(CONTROL_HOST).locator(inner).first().click({ timeout });
  }
}

/** The trimmed text of `inner` inside the control, waiting for it to appear. */
export async function textInControl(
  page: AnyPage,
  inner: string,
  timeout = DEFAULT_TIMEOUT_MS,
): Promise<string> {
  if (isPuppeteer(page)) {
    const element = await page.waitForSelector(`${CONTROL_HOST} >>> ${inner}`, { timeout });
    if (!element) throw new Error(`${inner} not found in the control`);
    return ((await element.evaluate((node) => node.textContent)) ?? '').trim();
  }
  const text = await page.locator(CONTROL_HOST).locator(inner).first().textContent({ timeout });
  return (text ?? '').trim();
}

/** Whether `inner` is currently shown inside the control (no waiting). */
export async function isVisibleInControl(page: AnyPage, inner: string): Promise<boolean> {
  if (isPuppeteer(page)) {
    const element = await page.$(`${CONTROL_HOST} >>> ${inner}`);
    return element ? element.isVisible() : false;
  }
  return page.locator(CONTROL_HOST).locator(inner).first().isVisible();
}

export async function waitForVisibleInControl(
  page: AnyPage,
  inner: string,
  timeout = DEFAULT_TIMEOUT_MS,
): Promise<void> {
  if (isPuppeteer(page)) {
    await page.waitForSelector(`${CONTROL_HOST} >>> ${inner}`, { visible: true, timeout });
  } else {
    await page.locator(CONTROL_HOST).locator(inner).first().waitFor({ state: 'visible', timeout });
  }
}

/** Waits for the control's button and answers its text ("Add to Simkl", "Watching", ...). */
export function waitForControl(page: AnyPage, timeout = DEFAULT_TIMEOUT_MS): Promise<string> {
  return textInControl(page, CONTROL.button, timeout);
}

/** Polls the button until its text matches, e.g. after a click settles; answers the text. */
export async function waitForButtonText(
  page: AnyPage,
  expected: string | RegExp,
  timeout = DEFAULT_TIMEOUT_MS,
): Promise<string> {
  const deadline = Date.now() + timeout;
  let last = '';
  while (Date.now() < deadline) {
    last = await textInControl(page, CONTROL.button, Math.max(deadline - Date.now(), 1)).catch(() => last);
    if (typeof expected === 'string' ? last === expected : expected.test(last)) return last;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`The control's button still reads "${last}", expected ${String(expected)}`);
}

/** Opens the status menu unless it is open already; answers once its first entry is visible. */
export async function openMenu(page: AnyPage): Promise<void> {
  const firstEntry = CONTROL.status('plantowatch');
  if (await isVisibleInControl(page, firstEntry)) return;
  await clickInControl(page, CONTROL.button);
  await waitForVisibleInControl(page, firstEntry);
}

export async function choose(page: AnyPage, status: ListStatus): Promise<void> {
  await openMenu(page);
  await clickInControl(page, CONTROL.status(status));
}

export async function rate(page: AnyPage, rating: number): Promise<void> {
  await openMenu(page);
  await clickInControl(page, CONTROL.rating(rating));
}

export async function removeFromList(page: AnyPage): Promise<void> {
  await openMenu(page);
  await clickInControl(page, CONTROL.remove);
}
