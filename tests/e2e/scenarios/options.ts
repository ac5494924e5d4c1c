/**
 * The options page against the local service, the same in every browser: "Sync now" with the last
 * sync time, the toolbar badge switch, the cache sizes and "Clear caches", and "Export my data".
 */
import { expect } from 'vitest';
import { DEMO_USER } from '../../simkl-service/index';
import type { AnyPage } from '../harness/pages';
import type { World } from '../harness/world';
import {
  type Browserish,
  badgeText,
  click,
  closePage,
  evaluate,
  openAdvanced,
  waitFor,
  waitForText,
} from './extension-pages';
import { settled } from './faults-run';
import { SIMKL } from './popup';
import { eventually } from './slice';

const DAY = 24 * 60 * 60 * 1000;

/**
 * Two days behind the browser, so House of the Dragon's next episode ("in two days" for the service)
 * airs today for the browser and the Upcoming view lists it. Tests run with TZ=UTC: the episode airs at
 * 02:00 UTC, the same day wherever the clock is in it. The badge counts the aired episode not watched.
 */
export const OPTIONS_WORLD_CLOCK = () => Date.now() - 2 * DAY;

export function seedOptionsLibrary(world: World): void {
  world.control.seedLibrary(DEMO_USER.id, [
    // Every aired episode but S3E1: the badge counts the one aired episode not watched yet.
    { ids: { imdb: 'tt11198330' }, type: 'show', status: 'watching', watchedEpisodes: 18 },
    { ids: { imdb: 'tt0133093' }, type: 'movie', status: 'completed', rating: 9 },
  ]);
}

export async function signInFromTheOptions(world: World, browser: Browserish): Promise<AnyPage> {
  const options = await browser.openPage('options.html');
  await click(options, '[data-action="sign-in"]');
  await waitForText(options, '[data-testid="account-name"]', /Demo Watcher/, 30_000);
  await eventually(
    () => world.control.requestLog().filter((entry) => entry.path.startsWith('/sync/all-items')).length,
    (count) => count >= 3,
  );
  return options;
}

export async function syncNowShowsTheLastSync(
  world: World,
  browser: Browserish,
  options: AnyPage,
): Promise<void> {
  world.control.seedLibrary(DEMO_USER.id, [
    { ids: { simkl: SIMKL.theBear }, type: 'show', status: 'plantowatch' },
  ]);
  world.control.clearLog();
  await click(options, '[data-action="sync-now"]');
  await waitForText(options, '[data-testid="last-sync"]', /^Last sync: /);
  const paths = world.control.requestLog().map((entry) => entry.path);
  expect(paths).toContain('/sync/activities');
  expect(paths).toContain('/sync/all-items/shows/plantowatch');
  // A page opened later shows when that was, without syncing again.
  world.control.clearLog();
  const again = await browser.openPage('options.html');
  await waitForText(again, '[data-testid="last-sync"]', /^Last sync: /);
  expect(world.control.requestLog().filter((entry) => entry.host === 'api.simkl.com')).toEqual([]);
  await closePage(again);
}

/**
 * "Sync now" while Simkl answers 503: the page says Simkl is failing (not that the user is offline)
 * and when the background tries again, and the button is usable again.
 */
export async function syncNowWhileSimklFails(world: World, options: AnyPage): Promise<void> {
  world.control.injectFault({
    method: 'GET',
    host: 'api.simkl.com',
    path: '/sync/activities',
    times: 100,
    action: { status: 503 },
  });
  try {
    await click(options, '[data-action="sync-now"]');
    const alert = await waitForText(options, '[role="alert"]', /^Couldn't sync/, 60_000);
    expect(alert).toMatch(/^Couldn't sync: Simkl is having trouble right now\. Next try: .+\.$/);
    await waitForText(options, '[data-action="sync-now"]', /^Sync now$/);
  } finally {
    world.control.clearFaults();
  }
  // Simkl answers again: a sync now goes through and clears the words, and what it sets off (the
  // calendar's refresh) is over before the next step, which counts the caches.
  await click(options, '[data-action="sync-now"]');
  const cleared = await eventually(
    () => evaluate(options, () => document.querySelector('[role="alert"]')?.textContent ?? '', null),
    (text) => text === '',
    30_000,
  );
  expect(cleared).toBe('');
  await settled(world, 1_000);
}

async function badgeReads(page: AnyPage, expected: string): Promise<void> {
  const text = await eventually(
    () => badgeText(page),
    (value) => value === expected,
  );
  expect(text).toBe(expected);
}

export async function badgeSwitch(options: AnyPage): Promise<void> {
  await badgeReads(options, '1');
  await click(options, 'input[name="badge"]');
  await badgeReads(options, '');
  await click(options, 'input[name="badge"]');
  await badgeReads(options, '1');
}

const cacheLine = (options: AnyPage, cache: string, expected: RegExp) =>
  waitForText(options, `[data-cache="${cache}"]`, expected);

export async function clearCaches(browser: Browserish, options: AnyPage): Promise<void> {
  // Fill the image cache too: the popup's Upcoming view shows House of the Dragon's poster.
  const popup = await browser.openPage('popup.html');
  await click(popup, '#tab-upcoming');
  await waitFor(popup, '[data-testid="upcoming"] img');
  await closePage(popup);
  const fresh = await browser.openPage('options.html');
  await openAdvanced(fresh);
  await cacheLine(fresh, 'images', /^Posters: [1-9]\d* \(\d+ kB\)$/);
  await cacheLine(fresh, 'calendar', /^Calendar files: [1-9]\d* \([1-9]\d* airings\)$/);
  await click(fresh, '[data-action="clear-caches"]');
  await cacheLine(fresh, 'images', /^Posters: 0 \(0 kB\)$/);
  await cacheLine(fresh, 'calendar', /^Calendar files: 0 \(0 airings\)$/);
  await cacheLine(fresh, 'resolve', /^Title lookups: 0$/);
  await closePage(fresh);
  // Emptied in the background, not just on screen; and the calendar is fetched again when needed.
  const reopened = await browser.openPage('options.html');
  await cacheLine(reopened, 'calendar', /^Calendar files: 0 /);
  await click(reopened, 'input[name="badge"]');
  await badgeReads(reopened, '');
  await click(reopened, 'input[name="badge"]');
  await badgeReads(reopened, '1');
  await closePage(reopened);
  // The badge counts from the mirror alone; the Upcoming view needs the calendar, which comes again.
  const upcoming = await browser.openPage('popup.html');
  await click(upcoming, '#tab-upcoming');
  await waitFor(upcoming, '[data-testid="upcoming"] img');
  await closePage(upcoming);
  // (Firefox may answer the file from its own HTTP cache, so the service's log cannot tell.)
  const refilled = await browser.openPage('options.html');
  await cacheLine(refilled, 'calendar', /^Calendar files: [1-9]\d* /);
  await closePage(refilled);
  await closePage(options);
}

interface ExportedFile {
  account: { user?: string };
  library: Array<{ title?: string; status: string }>;
  settings: Record<string, unknown>;
}

export async function exportMyData(browser: Browserish): Promise<void> {
  const options = await browser.openPage('options.html');
  await click(options, '[data-action="export"]');
  await waitFor(options, '[data-testid="export-link"]');
  const { text, token, name } = await evaluate(
    options,
    async () => {
      const link = document.querySelector<HTMLAnchorElement>('[data-testid="export-link"]');
      const body = link ? await (await fetch(link.href)).text() : '';
      // The token as the background stores it, to prove it is nowhere in the file.
      const session = await new Promise<{ accessToken?: string } | undefined>((resolve, reject) => {
        const open = indexedDB.open('simkl-extension');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const read = open.result.transaction('session').objectStore('session').get('session');
          read.onsuccess = () => resolve(read.result);
          read.onerror = () => reject(read.error);
        };
      });
      return { text: body, token: session?.accessToken ?? '', name: link?.download ?? '' };
    },
    null,
  );
  expect(name).toMatch(/^simkl-extension-export-\d{4}-\d{2}-\d{2}\.json$/);
  expect(token.length).toBeGreaterThan(10);
  expect(text).not.toContain(token);
  const exported = JSON.parse(text) as ExportedFile;
  expect(exported.account.user).toBe('Demo Watcher');
  expect(exported.library.map((entry) => entry.title).sort()).toEqual([
    'House of the Dragon',
    'The Bear',
    'The Matrix',
  ]);
  expect(exported.settings).toMatchObject({ badgeEnabled: true });
  await closePage(options);
}

/**
 * What a newcomer sees of a group of controls: shown or folded away. A closed <details> hides its
 * content with content-visibility, under which a box still measures: checkVisibility tells.
 */
function shown(page: AnyPage, selectors: string[]): Promise<boolean[]> {
  return evaluate(
    page,
    (list) =>
      list.map((selector) => {
        const element = document.querySelector(selector);
        return element?.checkVisibility() ?? false;
      }),
    selectors,
  );
}

const ADVANCED_CONTROLS = [
  'input[name="sign-in-mode"]',
  'input[name="client-id"]',
  '[data-action="clear-caches"]',
];

/**
 * The page in groups for a newcomer: the sync intervals in words, "Track Netflix playback" in sight,
 * the sign-in method, client id and caches folded under "Advanced" until its summary is clicked.
 */
export async function groupedForANewcomer(browser: Browserish): Promise<void> {
  const page = await browser.openPage('options.html');
  await waitFor(page, 'select[name="sync-interval"] option');
  const intervals = await evaluate(
    page,
    () =>
      [...document.querySelectorAll('select[name="sync-interval"] option')].map(
        (option) => option.textContent,
      ),
    null,
  );
  expect(intervals).toEqual([
    'Every 15 minutes',
    'Every 30 minutes',
    'Every hour',
    'Every 3 hours',
    'Every 6 hours',
    'Every 12 hours',
  ]);
  const groups = await evaluate(
    page,
    () => [...document.querySelectorAll('[data-group]')].map((group) => group.getAttribute('data-group')),
    null,
  );
  expect(groups).toEqual(['account', 'sites', 'tracking', 'sync', 'data', 'shortcuts', 'advanced']);
  const tracking = await evaluate(
    page,
    () =>
      [...document.querySelectorAll('[data-group="tracking"] label')].some(
        (label) =>
          label.textContent?.trim() === 'Track Netflix playback' && label.getBoundingClientRect().height > 0,
      ),
    null,
  );
  expect(tracking).toBe(true);
  expect(await waitForText(page, 'details.advanced > summary', /\S/)).toBe('Advanced');
  expect(await shown(page, ADVANCED_CONTROLS)).toEqual([false, false, false]);
  await openAdvanced(page);
  expect(await shown(page, ADVANCED_CONTROLS)).toEqual([true, true, true]);
  await closePage(page);
}
