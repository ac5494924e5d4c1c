/**
 * Driving the in-page control from tests, in Chromium (Playwright) and Firefox (Puppeteer) alike. The
 * control lives in a closed shadow root under `[data-simkl-control]`, which neither driver's selectors
 * reach: closed-roots.ts gets in through the debugging protocol, and clicks are real mouse input at
 * the element's centre (trusted events, as the control requires).
 */
import type { Page as PlaywrightPage } from 'playwright-core';
import type { Page as PuppeteerPage } from 'puppeteer-core';
import type { ListStatus } from '../../../lib/media';
import { inControls } from './closed-roots';

export type AnyPage = PlaywrightPage | PuppeteerPage;

export const CONTROL_HOST = '[data-simkl-control]';
export const CONTROL = {
  button: '[data-testid="simkl-button"]',
  status: (status: ListStatus) => `[data-status="${status}"]`,
  rating: (rating: number) => `[data-rating="${rating}"]`,
  remove: '[data-action="remove"]',
  /** The question's answer: removing is always asked first (it deletes the watch history too). */
  confirm: '[data-action="confirm"]',
} as const;

const DEFAULT_TIMEOUT_MS = 15_000;
const POLL_MS = 50;
/**
 * How long an element must have been on screen, the same element, before a test clicks it. The
 * control draws itself anew on every change of its state (lib/page/control/page-control.ts), new
 * elements included: right after a page loads it draws the title index's answer and then the
 * background's, and a press and release that fall on either side of a redraw make no click. A user
 * does not click within a quarter of a second of a thing appearing; neither do the tests.
 */
const STEADY_MS = 250;

interface Seen {
  /** The words it shows: the control draws them from `data-t` attributes (lib/page/ui/dom.ts). */
  text: string;
  visible: boolean;
  /** Its centre in the viewport, when a click there lands on it (nothing covers it). */
  point: { x: number; y: number } | null;
  /** How long this very element has been seen (a redraw puts a new one in its place). */
  steadyMs: number;
}

/** Runs in the page: `selector` inside the first control, or null. */
function look(roots: ShadowRoot[], { selector, scroll }: { selector: string; scroll: boolean }): Seen | null {
  const root = roots[0];
  const element = root?.querySelector<HTMLElement>(selector);
  if (!root || !element) return null;
  const drawn = [element, ...element.querySelectorAll('[data-t]')].filter((node) =>
    node.hasAttribute('data-t'),
  );
  // Words are drawn from data-t; plain text nodes count too (the stand-in, older builds).
  const text =
    drawn.length > 0 ? drawn.map((node) => node.getAttribute('data-t')).join('') : element.textContent;
  if (scroll) element.scrollIntoView({ block: 'nearest', inline: 'nearest' });
  const rect = element.getBoundingClientRect();
  const visible = rect.width > 0 && rect.height > 0 && element.checkVisibility({ visibilityProperty: true });
  const x = rect.left + rect.width / 2;
  const y = rect.top + rect.height / 2;
  const hit = visible ? root.elementFromPoint(x, y) : null;
  const point = hit && (hit === element || element.contains(hit)) ? { x, y } : null;
  // A mark on the element itself, in the tests' own calls: the page's scripts cannot reach it.
  const marked = element as HTMLElement & { simklE2eFirstSeen?: number };
  marked.simklE2eFirstSeen ??= Date.now();
  return { text: (text ?? '').trim(), visible, point, steadyMs: Date.now() - marked.simklE2eFirstSeen };
}

const seen = (page: AnyPage, selector: string, scroll = false) =>
  inControls(page, look, { selector, scroll }).catch(() => null);

/** Polls `inner` in the control until `ready` accepts what is seen; answers it. */
async function waitInControl(
  page: AnyPage,
  inner: string,
  ready: (seen: Seen) => boolean,
  timeout: number,
  scroll = false,
): Promise<Seen> {
  const deadline = Date.now() + timeout;
  for (;;) {
    const now = await seen(page, inner, scroll);
    if (now && ready(now)) return now;
    if (Date.now() >= deadline) throw new Error(`${inner} in the control: not ready within ${timeout} ms`);
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
}

/**
 * Puts the page's tab in front of its window, and that window in front, as a user's input would find
 * them. Firefox draws no animation frame for a tab in the background and fires no focus event in a
 * window it does not count as active; the window a sign-in opens (browser.identity) can leave the
 * test's window so once it closes, and on a loaded machine it does now and then. Chromium's headless
 * tabs take input wherever they are, so only Firefox's pages (Puppeteer's) are brought forward.
 */
export async function toFront(page: AnyPage): Promise<void> {
  if ('browserContext' in page) await page.bringToFront();
}

/**
 * A player's tab to the front, in either browser, as a viewer's click brings it: Firefox withholds
 * frames and throttles timers behind, and the scenarios that play at once in one browser bring their
 * own tabs forward. Best effort: a page that navigated itself meanwhile (an autoplay) may refuse it
 * for a moment, and what the caller does next fails loudly if the page is really gone.
 */
export async function bringForward(page: AnyPage): Promise<void> {
  await (page as unknown as { bringToFront(): Promise<void> }).bringToFront().catch(() => undefined);
}

/** Waits until `inner` is visible inside the control and clicks it like a user would. */
export async function clickInControl(
  page: AnyPage,
  inner: string,
  timeout = DEFAULT_TIMEOUT_MS,
): Promise<void> {
  await toFront(page);
  const ready = (now: Seen) => now.point !== null && now.steadyMs >= STEADY_MS;
  const { point } = await waitInControl(page, inner, ready, timeout, true);
  if (point) await page.mouse.click(point.x, point.y);
}

/** The trimmed text of `inner` inside the control, waiting for it to appear. */
export async function textInControl(
  page: AnyPage,
  inner: string,
  timeout = DEFAULT_TIMEOUT_MS,
): Promise<string> {
  return (await waitInControl(page, inner, () => true, timeout)).text;
}

/** Whether `inner` is currently shown inside the control (no waiting). */
export async function isVisibleInControl(page: AnyPage, inner: string): Promise<boolean> {
  return (await seen(page, inner))?.visible ?? false;
}

export async function waitForVisibleInControl(
  page: AnyPage,
  inner: string,
  timeout = DEFAULT_TIMEOUT_MS,
): Promise<void> {
  await waitInControl(page, inner, (now) => now.visible, timeout);
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
  await waitForVisibleInControl(page, CONTROL.confirm);
  await clickInControl(page, CONTROL.confirm);
}
