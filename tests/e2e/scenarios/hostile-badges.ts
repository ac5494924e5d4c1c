/**
 * What a hostile page can measure of the list badges, for a title on the user's lists (completed,
 * with "dim completed" on) and its neighbour that is not: the host's tag, attributes and markup, its
 * box and scroll sizes, its computed style and the row's and the link's, its tab index, where hit
 * tests land on it, and when it went in (which delivery of a MutationObserver set before any script
 * ran). Taken again while the pointer rests on each row (the "+" shows for the unlisted one), with the
 * page's mutation records in between. With the code before this test, only listed titles had a host
 * and a completed title's row was dimmed on the page: every part of this footprint told them apart.
 */
import type { Page as PlaywrightPage } from 'playwright-core';
import type { Page as PuppeteerPage } from 'puppeteer-core';
import { expect } from 'vitest';
import type { SeedItem } from '../../simkl-service/types';
import { type AnyPage, CONTROL, clickInControl, toFront, waitForButtonText } from '../harness/pages';
import type { Session } from '../harness/suite';
import { closePage } from './extension-pages';
import { readAsThePage, setTraps } from './hostile-reader';
import { centreOf, waitForAdd, waitForBadges } from './list-badges-read';
import { clickPage, goto, inPage, sleep } from './sites-pages';
import { eventually, MATRIX } from './slice';

/** The Matrix, completed and rated, second on a 250-entry chart; the made-up titles around it are on no list. */
export const BADGES_SEED: SeedItem[] = [{ ids: { imdb: 'tt0133093' }, status: 'completed', rating: 8 }];
const CHART = 'https://www.imdb.com/chart/top/?fixture=badges-250&known=tt80000000,tt0133093';
const LISTED = '/title/tt0133093/';
const UNLISTED = '/title/tt80000002/';

/** Source text, run before the page's scripts: which delivery each badge host came in, and any record after a mark. */
const WATCH_HOSTS = `(() => {
  const watch = { deliveries: 0, hosts: [], marked: false, after: [] };
  Object.defineProperty(window, '__badgeWatch', { value: watch });
  new MutationObserver((records) => {
    watch.deliveries += 1;
    for (const record of records) {
      if (watch.marked) watch.after.push(record.type + '|' + record.target.nodeName + '|' + (record.attributeName || ''));
      for (const node of record.addedNodes) {
        if (node.nodeType === 1 && node.hasAttribute('data-simkl-badge'))
          watch.hosts.push({ delivery: watch.deliveries, after: node.previousElementSibling?.getAttribute('href') || '' });
      }
    }
  }).observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
})();`;

export async function watchBadgeHosts(page: AnyPage): Promise<void> {
  if ('browserContext' in page) await (page as PuppeteerPage).evaluateOnNewDocument(WATCH_HOSTS);
  else await (page as PlaywrightPage).addInitScript({ content: WATCH_HOSTS });
}

export interface BadgeFootprint {
  markup: string;
  shadowRoot: string;
  /** The host's children, selectors and animations, as the page's DOM calls see them. */
  fromOutside: string;
  box: number[];
  hostStyle: string;
  rowStyle: string;
  rowBox: number[];
  linkStyle: string;
  tabIndex: number;
  hits: string;
  /** The MutationObserver delivery its host came in. */
  delivery: number;
}

interface Watch {
  deliveries: number;
  hosts: Array<{ delivery: number; after: string }>;
  marked: boolean;
  after: string[];
}

/** Runs in the page, as any script of the site could: the footprint of the badge after the link to `href`. */
function measure(href: string): BadgeFootprint | null {
  const watch = (window as unknown as { __badgeWatch: Watch }).__badgeWatch;
  const link = document.querySelector(`a.ipc-title-link-wrapper[href^="${href}"]`);
  const host = link?.nextElementSibling as HTMLElement | null | undefined;
  const row = link?.closest('li');
  if (!link || !host || !row) return null;
  const style = (element: Element) => {
    const computed = getComputedStyle(element);
    return Array.from(computed, (name) => `${name}:${computed.getPropertyValue(name)}`)
      .sort()
      .join(';');
  };
  const rect = host.getBoundingClientRect();
  const rowRect = row.getBoundingClientRect();
  let hits = '';
  for (let dy = -4; dy <= rect.height + 4; dy += 2) {
    for (let dx = -4; dx <= rect.width + 4; dx += 2) {
      const hit = document.elementFromPoint(rect.left + dx, rect.top + dy);
      hits += hit === host ? '#' : '.';
    }
    hits += '\n';
  }
  const visible = (host as HTMLElement & { checkVisibility?: () => boolean }).checkVisibility?.();
  return {
    markup: host.outerHTML,
    shadowRoot: String(host.shadowRoot),
    fromOutside: JSON.stringify([
      host.childNodes.length,
      host.matches(':empty'),
      host.matches(':focus-within'),
      host.getAnimations().length,
      host.getClientRects().length,
      host.attributes.length,
      host.getAttribute('style'),
      visible,
    ]),
    box: [
      rect.width,
      rect.height,
      host.offsetWidth,
      host.offsetHeight,
      host.clientWidth,
      host.clientHeight,
      host.scrollWidth,
      host.scrollHeight,
      rect.left - link.getBoundingClientRect().right,
    ],
    hostStyle: style(host),
    rowStyle: style(row),
    rowBox: [rowRect.width, rowRect.height, row.scrollWidth, row.scrollHeight],
    linkStyle: style(link),
    tabIndex: host.tabIndex,
    hits,
    delivery: watch.hosts.find((seen) => seen.after.startsWith(href))?.delivery ?? -1,
  };
}

const evaluate = <A, R>(page: AnyPage, fn: (arg: A) => R, arg: A): Promise<R> =>
  (page as unknown as { evaluate(fn: (arg: A) => R, arg: A): Promise<R> }).evaluate(fn, arg);

export async function badgeFootprint(page: AnyPage, href: string): Promise<BadgeFootprint> {
  const taken = await evaluate(page, measure, href);
  if (!taken) throw new Error(`No badge after ${href} to measure`);
  return taken;
}

/** How many badge hosts went in, in how many deliveries (one: all at once). */
export const hostDeliveries = (page: AnyPage): Promise<{ hosts: number; deliveries: number }> =>
  evaluate(
    page,
    () => {
      const { hosts } = (window as unknown as { __badgeWatch: Watch }).__badgeWatch;
      return { hosts: hosts.length, deliveries: new Set(hosts.map((host) => host.delivery)).size };
    },
    null,
  );

/** From now on, the page notes every mutation record it gets; answers those noted so far. */
export const markMutations = (page: AnyPage): Promise<void> =>
  evaluate(
    page,
    () => {
      const watch = (window as unknown as { __badgeWatch: Watch }).__badgeWatch;
      watch.marked = true;
      watch.after.length = 0;
    },
    null,
  );

export const mutationsSinceMark = (page: AnyPage): Promise<string[]> =>
  evaluate(page, () => [...(window as unknown as { __badgeWatch: Watch }).__badgeWatch.after], null);

interface Mouse {
  mouse: { move(x: number, y: number): Promise<unknown> };
}

async function restOn(page: AnyPage, href: string): Promise<void> {
  const { x, y } = await centreOf(page, `a.ipc-title-link-wrapper[href^="${href}"]`);
  await (page as unknown as Mouse).mouse.move(x, y);
}

/**
 * Signs in, turns "dim completed" on, and loads the chart under a page that set its traps first: the
 * listed title's badge and its unlisted neighbour's measure the same, went in in the same delivery
 * with the other 248, and a pointer resting on either row changes nothing the page can see.
 */
export async function badgesTellThePageNothing(session: Session): Promise<void> {
  const page = await session.newPage();
  await goto(page, MATRIX.url);
  await waitForButtonText(page, /Sign in to Simkl/);
  await clickInControl(page, CONTROL.button);
  await waitForButtonText(page, /Completed/, 20_000);
  const options = await session.openExtensionPage('options.html');
  const dim = '[data-setting=dimCompleted]';
  await clickPage(options, dim);
  await eventually(
    () => inPage(options, (selector) => document.querySelector<HTMLInputElement>(selector)?.checked, dim),
    (checked) => checked === true,
  );
  await closePage(options);

  await setTraps(page);
  await watchBadgeHosts(page);
  await goto(page, CHART);
  const seen = await waitForBadges(page, (now) => now.length === 1);
  expect(seen).toEqual([
    {
      href: '/title/tt0133093/?ref_=chttp_t_2',
      label: 'Simkl: Completed, rated 8',
      text: '✓ 8',
      whole: true,
    },
  ]);
  await sleep(300);
  expect(await hostDeliveries(page)).toEqual({ hosts: 250, deliveries: 1 });
  const listed = await badgeFootprint(page, LISTED);
  expect(listed.delivery).toBeGreaterThan(0);
  expect(listed.box.slice(0, 2)).toEqual([60, 18]);
  expect(await badgeFootprint(page, UNLISTED)).toEqual(listed);

  // The pointer rests on each row in turn: the unlisted title's "+" shows, inside its root only.
  await toFront(page);
  await markMutations(page);
  await restOn(page, LISTED);
  await sleep(200);
  const listedHovered = await badgeFootprint(page, LISTED);
  await restOn(page, UNLISTED);
  await waitForAdd(page);
  expect(await badgeFootprint(page, UNLISTED)).toEqual(listedHovered);
  expect({ ...listedHovered, hits: listed.hits }).toEqual(listed);
  expect(await mutationsSinceMark(page)).toEqual([]);
  expect(
    await readAsThePage(page, ['Completed', 'rated 8', '✓ 8', 'Add to Plan to Watch', 'Plan to Watch']),
  ).toEqual({
    roots: 0,
    ours: 0,
    leaked: [],
    trapsSet: true,
  });
}
