/**
 * Reading and driving the list badges and their "+" from tests, in Chromium and Firefox alike. Every
 * title of a list has a badge host, on the lists or not; what it shows (the state, or the "+") lives
 * in its closed shadow root, reached through the debugging protocol (harness/closed-roots.ts). Clicks
 * and key presses are real input.
 */
import { SIMKL_HOSTS } from '../../../lib/hosts';
import { inClosedRoots } from '../harness/closed-roots';
import type { AnyPage } from '../harness/pages';
import type { World } from '../harness/world';
import { inPage, sleep } from './sites-pages';

export const BADGE = '[data-simkl-badge]';

export interface BadgeSeen {
  /** The href of the link the badge follows. */
  href: string;
  label: string;
  /** The glyphs it draws (from an attribute: the root holds no text node). */
  text: string;
  /** Its words fit its box: nothing is cut. */
  whole: boolean;
}

/** Runs in the page: every shown state's accessible name and glyphs, with the link it follows. */
function readBadges(roots: ShadowRoot[]): BadgeSeen[] {
  return roots.flatMap((root) => {
    const badge = root.querySelector<HTMLElement>('[role="img"]');
    if (!badge || badge.hidden) return [];
    const link = root.host.previousElementSibling;
    return [
      {
        href: link?.getAttribute('href') ?? '',
        label: badge.getAttribute('aria-label') ?? '',
        text: badge.getAttribute('data-t') ?? '',
        whole: badge.scrollWidth <= badge.clientWidth,
      },
    ];
  });
}

/** The badges that show a state (the titles on the lists), in document order. */
export const badges = (page: AnyPage): Promise<BadgeSeen[]> =>
  inClosedRoots(page, BADGE, readBadges, null).catch(() => []);

/** How many badges show a state (-1: the page could not be read). */
export const badgeCount = (page: AnyPage): Promise<number> =>
  inClosedRoots(page, BADGE, readBadges, null).then(
    (seen) => seen.length,
    () => -1,
  );

/** How many badge hosts the page holds: one per title of its lists, whatever each shows. */
export const hostCount = (page: AnyPage): Promise<number> =>
  inPage(page, (selector) => document.querySelectorAll(selector).length, BADGE).catch(() => -1);

/** Polls the badges until `ready` holds; answers the last reading (the caller asserts on it). */
export async function waitForBadges(
  page: AnyPage,
  ready: (seen: BadgeSeen[]) => boolean,
  timeoutMs = 20_000,
): Promise<BadgeSeen[]> {
  const deadline = Date.now() + timeoutMs;
  let seen = await badges(page);
  while (!ready(seen) && Date.now() < deadline) {
    await sleep(100);
    seen = await badges(page);
  }
  return seen;
}

/** The Simkl requests the service has logged, as "METHOD path" (a failure names them). */
export function simklRequestList(world: World): string[] {
  const hosts: readonly string[] = SIMKL_HOSTS;
  return world.control
    .requestLog()
    .filter((entry) => hosts.includes(entry.host))
    .map((entry) => `${entry.method} ${entry.path}`);
}

export const simklRequests = (world: World): number => simklRequestList(world).length;

/** Waits until the service has seen no Simkl request for `quietMs` (a write's follow-up sync is done). */
export async function simklQuiet(world: World, quietMs = 1_500): Promise<void> {
  let seen = -1;
  while (seen !== simklRequests(world)) {
    seen = simklRequests(world);
    await sleep(quietMs);
  }
}

/** The centre of the first element matching `selector` in the page, scrolled into view. */
export async function centreOf(page: AnyPage, selector: string): Promise<{ x: number; y: number }> {
  return inPage(
    page,
    (wanted) => {
      const element = document.querySelector(wanted);
      if (!element) throw new Error(`${wanted}: not in the page`);
      element.scrollIntoView({ block: 'center' });
      const rect = element.getBoundingClientRect();
      return { x: rect.left + Math.min(rect.width / 2, 20), y: rect.top + rect.height / 2 };
    },
    selector,
  );
}

interface AddSeen {
  /** The href of the link whose badge shows the "+". */
  after: string;
  label: string;
  point: { x: number; y: number } | null;
}

/**
 * Runs in the page: the "+" (`.p`, or `inner`: "▾" or a menu item by status) of the badge that shows
 * it while its row is hovered or focused, and where a click lands on it.
 */
function readAdd(roots: ShadowRoot[], { inner }: { inner: string }): AddSeen | null {
  for (const root of roots) {
    const toolbar = root.querySelector<HTMLElement>('.a');
    const shown = root.querySelector('.w.h, .w.o') || toolbar?.contains(root.activeElement);
    const element = root.querySelector<HTMLElement>(inner);
    if (!toolbar || toolbar.hidden || !shown || !element) continue;
    const rect = element.getBoundingClientRect();
    const x = rect.left + rect.width / 2;
    const y = rect.top + rect.height / 2;
    const hit = rect.width > 0 ? root.elementFromPoint(x, y) : null;
    return {
      after: root.host.previousElementSibling?.getAttribute('href') ?? '',
      label: element.getAttribute('aria-label') ?? '',
      point: hit === element ? { x, y } : null,
    };
  }
  return null;
}

export async function waitForAdd(page: AnyPage, inner = '.p', timeoutMs = 10_000): Promise<AddSeen> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const seen = await inClosedRoots(page, BADGE, readAdd, { inner }).catch(() => null);
    if (seen?.point) return seen;
    if (Date.now() > deadline) throw new Error(`the "+" (${inner}) did not show within ${timeoutMs} ms`);
    await sleep(100);
  }
}

/** What has focus inside the badges (a class, a status, or "badge" for a shown state), as the page cannot tell. */
export const focusedInBadges = (page: AnyPage): Promise<string | null> =>
  inClosedRoots(
    page,
    BADGE,
    (roots) => {
      for (const root of roots) {
        const active = root.activeElement;
        if (!active) continue;
        return (
          active.getAttribute('data-status') ??
          (active.getAttribute('role') === 'img' ? 'badge' : active.className)
        );
      }
      return null;
    },
    null,
  ).catch(() => null);
