/**
 * Page and service helpers for the per-site and SPA scenarios, the same in Chromium (Playwright) and
 * Firefox (Puppeteer): navigation, where the control sits, what its menu links to, and waiting for
 * the local service's library to show a write.
 */
import { DEMO_USER } from '../../simkl-service/index';
import type { SnapshotEntry } from '../../simkl-service/types';
import { inControls } from '../harness/closed-roots';
import { type AnyPage, CONTROL, CONTROL_HOST, clickInControl, openMenu } from '../harness/pages';
import type { World } from '../harness/world';
import { eventually } from './slice';

interface Driven {
  goto(url: string): Promise<unknown>;
  reload(): Promise<unknown>;
  click(selector: string): Promise<unknown>;
  evaluate<R, A>(fn: (arg: A) => R, arg: A): Promise<R>;
}

/** Both drivers share these calls; only their declared types differ. */
const driven = (page: AnyPage): Driven => page as unknown as Driven;

export const goto = (page: AnyPage, url: string) => driven(page).goto(url);
export const reload = (page: AnyPage) => driven(page).reload();
/** A click on a page element outside the control (a site's own link, an options switch). */
export const clickPage = (page: AnyPage, selector: string) => driven(page).click(selector);
export function inPage<R, A>(page: AnyPage, fn: (arg: A) => R, arg: A): Promise<R> {
  return driven(page).evaluate(fn, arg);
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export interface Placement {
  /** How many controls the page holds (the runner must never leave two). */
  count: number;
  /** The control floats at the bottom right (no anchor). */
  floating: boolean;
  /** Its host's computed position, "fixed" when floating. */
  position: string | null;
  /** The control sits right after the first element `anchor` selects. */
  anchored: boolean;
  /** Text of the element right before the control (the title it sits beside). */
  after: string | null;
}

export function placement(page: AnyPage, anchor = ''): Promise<Placement> {
  return inPage(
    page,
    ([hostSelector, anchorSelector]) => {
      const hosts = Array.from(document.querySelectorAll(hostSelector));
      const host = hosts[0];
      const before = host?.previousElementSibling ?? null;
      return {
        count: hosts.length,
        floating: host?.hasAttribute('data-floating') ?? false,
        position: host ? getComputedStyle(host).position : null,
        anchored: Boolean(anchorSelector && before && before === document.querySelector(anchorSelector)),
        after: before?.textContent?.replace(/\s+/g, ' ').trim() ?? null,
      };
    },
    [CONTROL_HOST, anchor] as const,
  );
}

/**
 * The placement once the page has settled on one control beside `anchor`: after a client-side
 * navigation the site swaps its DOM a moment after the URL changes, and the control, first mounted
 * in the outgoing DOM, is mounted again beside the new anchor. Answers the last placement seen.
 */
export function settledPlacement(page: AnyPage, anchor: string, timeoutMs = 10_000): Promise<Placement> {
  return eventually(
    () => placement(page, anchor),
    (seen) => seen.count === 1 && seen.anchored,
    timeoutMs,
  );
}

/** Polls until the page holds `count` controls; answers the last count seen. */
export async function waitForControlCount(page: AnyPage, count: number, timeoutMs = 10_000): Promise<number> {
  const countNow = () => inPage(page, (selector) => document.querySelectorAll(selector).length, CONTROL_HOST);
  return eventually(countNow, (seen) => seen === count, timeoutMs);
}

export interface MenuFacts {
  /** The statuses the menu offers, in order. */
  statuses: string[];
  /** The "Mark … watched" entry's text, when there is one. */
  watched: string | null;
  /** "Open on Simkl": the simkl.com page of the item the control is about. */
  openHref: string | null;
}

/** Opens the menu, reads what it offers, and closes it again. */
export async function readMenu(page: AnyPage): Promise<MenuFacts> {
  await openMenu(page);
  const facts = await inControls(
    page,
    ([root]) => {
      const shown = (element: Element | null | undefined) =>
        Array.from(element?.querySelectorAll('[data-t]') ?? [], (node) => node.getAttribute('data-t')).join(
          '',
        );
      const statuses = Array.from(root?.querySelectorAll('[data-status]') ?? [], (item) =>
        String(item.getAttribute('data-status')),
      );
      const watched = root?.querySelector('[data-action="watched"]');
      return {
        statuses,
        watched: watched ? shown(watched).trim() : null,
        openHref: root?.querySelector('[data-action="open"]')?.getAttribute('href') ?? null,
      };
    },
    null,
  );
  await clickInControl(page, CONTROL.button);
  return facts;
}

export async function markWatched(page: AnyPage): Promise<void> {
  await openMenu(page);
  await clickInControl(page, '[data-action="watched"]');
}

export type LibrarySection = 'movies' | 'shows' | 'anime';

export function entryOf(world: World, section: LibrarySection, title: string): SnapshotEntry | undefined {
  return world.control.library(DEMO_USER.id)[section].find((entry) => entry.title === title);
}

/** Waits until the service's library has `title` in a state `check` accepts; answers the entry. */
export function waitForEntry(
  world: World,
  section: LibrarySection,
  title: string,
  check: (entry: SnapshotEntry) => boolean,
): Promise<SnapshotEntry | undefined> {
  return eventually(
    () => entryOf(world, section, title),
    (entry) => entry !== undefined && check(entry),
  );
}

export const hasEpisode = (entry: SnapshotEntry, episode: number, season?: number) =>
  entry.watchedEpisodes.some(
    (watched) => watched.episode === episode && (season === undefined || watched.season === season),
  );
