/**
 * The list badges and their "+", the same in Chromium and Firefox (docs/architecture.md, List badges). One browser session
 * runs the steps in order over one seeded library: the 250-entry IMDb chart (40 of its titles on
 * the lists), MyAnimeList's season, a TMDB list, Netflix rows that fill in late, the "+" on IMDb's
 * chart, a hostile page script, and a site switched off.
 */
import { expect } from 'vitest';
import { syntheticTitle } from '../../simkl-service/catalogue/synthetic';
import { DEMO_USER } from '../../simkl-service/index';
import type { SnapshotEntry } from '../../simkl-service/types';
import { type AnyPage, choose, toFront, waitForButtonText } from '../harness/pages';
import type { World } from '../harness/world';
import {
  BADGE,
  type BadgeSeen,
  badgeCount,
  badges,
  centreOf,
  focusedInBadges,
  hostCount,
  simklQuiet,
  simklRequestList,
  simklRequests,
  waitForAdd,
  waitForBadges,
} from './list-badges-read';
import { clickPage, goto, inPage, reload, sleep } from './sites-pages';
import { eventually } from './slice';

/** The first 40 made-up films (the chart says its titles are films). */
const KNOWN = Array.from({ length: 80 }, (_, index) => syntheticTitle(index))
  .filter((title) => title.kind === 'movie')
  .slice(0, 40);
export const CHART_250 = `https://www.imdb.com/chart/top/?fixture=badges-250&known=${KNOWN.map((title) => title.imdb).join(',')}`;
const CHART_TOP = 'https://www.imdb.com/chart/top/';
const MAL_SEASON = 'https://myanimelist.net/anime/season/2024/fall';
const TMDB_LIST = 'https://www.themoviedb.org/list/10';
const NETFLIX_ROWS_LATER = 'https://www.netflix.com/browse?fixture=rows-later';

interface Input {
  mouse: { move(x: number, y: number): Promise<unknown>; click(x: number, y: number): Promise<unknown> };
  keyboard: { press(key: string): Promise<unknown> };
}
const input = (page: AnyPage) => page as unknown as Input;

/** Before sign-in: the 80 made-up titles and a few real ones the list pages show (not The Matrix). */
export function seedListLibrary(world: World): void {
  world.control.seedSyntheticLibrary(DEMO_USER.id, 80);
  world.control.seedLibrary(DEMO_USER.id, [
    { ids: { mal: '57181' }, status: 'watching', watchedEpisodes: 3 },
    // One Piece's long count: its badge must hold "1088/11xx" whole.
    { ids: { mal: '21' }, status: 'watching', watchedEpisodes: 1088 },
    { ids: { mal: '57334' }, status: 'completed', rating: 9 },
    { ids: { tmdb: '680' }, type: 'movie', status: 'completed', rating: 8 },
    { ids: { tmdb: '1396' }, type: 'show', status: 'hold' },
    { ids: { netflix: '80057281' }, type: 'show', status: 'watching', watchedEpisodes: 3 },
  ]);
}

/**
 * The label each of the 40 listed films' badge must read, written out (not derived from the library
 * the way the badge derives it): the synthetic library's status and rating for each, in words.
 */
const CHART_LABELS: Record<string, string> = {
  tt90000000: 'Simkl: Completed, rated 1',
  tt90000001: 'Simkl: Completed',
  tt90000002: 'Simkl: Completed',
  tt90000003: 'Simkl: Completed, rated 4',
  tt90000004: 'Simkl: Completed',
  tt90000005: 'Simkl: Completed',
  tt90000010: 'Simkl: Completed',
  tt90000011: 'Simkl: Completed',
  tt90000012: 'Simkl: Completed, rated 3',
  tt90000013: 'Simkl: Completed',
  tt90000014: 'Simkl: Completed',
  tt90000015: 'Simkl: Completed, rated 6',
  tt90000020: 'Simkl: Completed',
  tt90000021: 'Simkl: Completed, rated 2',
  tt90000022: 'Simkl: Completed',
  tt90000023: 'Simkl: Completed',
  tt90000024: 'Simkl: Completed, rated 5',
  tt90000025: 'Simkl: Completed',
  tt90000030: 'Simkl: Plan to Watch',
  tt90000031: 'Simkl: Plan to Watch',
  tt90000032: 'Simkl: Plan to Watch',
  tt90000033: 'Simkl: Plan to Watch',
  tt90000034: 'Simkl: Plan to Watch',
  tt90000035: 'Simkl: Plan to Watch',
  tt90000040: 'Simkl: Dropped',
  tt90000041: 'Simkl: Dropped',
  tt90000042: 'Simkl: Dropped',
  tt90000043: 'Simkl: Dropped',
  tt90000044: 'Simkl: Dropped',
  tt90000045: 'Simkl: Dropped',
  tt90000050: 'Simkl: Completed',
  tt90000051: 'Simkl: Completed, rated 2',
  tt90000052: 'Simkl: Completed',
  tt90000053: 'Simkl: Completed',
  tt90000054: 'Simkl: Completed, rated 5',
  tt90000055: 'Simkl: Completed',
  tt90000060: 'Simkl: Completed, rated 1',
  tt90000061: 'Simkl: Completed',
  tt90000062: 'Simkl: Completed',
  tt90000063: 'Simkl: Completed, rated 4',
};

/** Exactly the 40 titles on the lists, with their labels; a reload asks Simkl nothing. */
export async function chart250Badges(world: World, page: AnyPage): Promise<void> {
  const snapshot = world.control.library(DEMO_USER.id);
  const entries = snapshot.movies.filter((entry) => KNOWN.some((title) => title.simkl === entry.simkl));
  expect(entries).toHaveLength(40);
  await goto(page, CHART_250);
  // The first visit may meet the sign-in's sync: wait until the mirror has all 40.
  await eventually(
    () => badgeCount(page),
    (count) => count === 40,
    30_000,
  );
  await simklQuiet(world);
  const before = simklRequests(world);
  await reload(page);
  const seen = await waitForBadges(page, (now) => now.length === 40);
  await sleep(500);
  expect(await badgeCount(page)).toBe(40);
  // Every entry has its badge host, on the lists or not: the page cannot count the listed ones.
  expect(await hostCount(page)).toBe(250);
  expect(seen.filter((badge) => !badge.whole)).toEqual([]);
  expect(KNOWN.map((title) => title.imdb).sort()).toEqual(Object.keys(CHART_LABELS).sort());
  for (const [imdb, label] of Object.entries(CHART_LABELS)) {
    const badge = seen.find((one) => one.href.startsWith(`/title/${imdb}/`));
    expect(badge?.label, imdb).toBe(label);
  }
  expect(simklRequestList(world).slice(before)).toEqual([]);
}

/** What a page script can learn of the badges and the "+": 250 empty hosts of one size, no root, no text. */
export async function hostileCannotRead(page: AnyPage): Promise<void> {
  await goto(page, CHART_250);
  await waitForBadges(page, (now) => now.length === 40);
  await toFront(page);
  const { x, y } = await centreOf(page, 'a.ipc-title-link-wrapper[href^="/title/tt8"]');
  await input(page).mouse.move(x, y);
  await waitForAdd(page);
  const seen = await inPage(
    page,
    (selector) => {
      const hosts = [...document.querySelectorAll<HTMLElement>(selector)];
      return {
        hosts: hosts.length,
        roots: hosts.filter((host) => host.shadowRoot !== null).length,
        // biome-ignore lint/performance/useDomNodeTextContent: a hostile page reads the rendered text too
        text: hosts.map((host) => host.innerText + host.textContent).join(''),
        outerHtml: [...new Set(hosts.map((host) => host.outerHTML))],
        widths: new Set(hosts.map((host) => host.getBoundingClientRect().width)).size,
        // Generated content is not text: a search for a badge's words finds nothing.
        found: ['Completed', 'Plan to Watch', '✓', '◷', '+'].some((word) =>
          (window as unknown as { find?: (text: string) => boolean }).find?.(word),
        ),
      };
    },
    BADGE,
  );
  expect(seen).toEqual({
    hosts: 250,
    roots: 0,
    text: '',
    outerHtml: ['<span data-simkl-badge=""></span>'],
    widths: 1,
    found: false,
  });
}

async function libraryEntry(world: World, title: string, status: string): Promise<SnapshotEntry | undefined> {
  const found = await eventually(
    () => world.control.library(DEMO_USER.id).movies.find((entry) => entry.title === title),
    (entry) => entry?.status === status,
    20_000,
  );
  return found;
}

const badgeAfter = (href: string) => (now: BadgeSeen[]) => now.some((badge) => badge.href.startsWith(href));

/**
 * "+" on an entry the user does not have: by mouse it lands Plan to Watch; by keyboard (Tab from the
 * link to its badge's "+", ArrowRight to the menu button, Enter, ArrowDown, Enter) Completed. The
 * badge shows it at once, and keeps the focus.
 */
export async function plusAddsTitles(world: World, page: AnyPage): Promise<void> {
  await goto(page, CHART_TOP);
  // Hover and focus are real input: the tab must be the one in front (harness/pages.ts, toFront).
  await toFront(page);
  const shawshank = 'a.ipc-title-link-wrapper[href^="/title/tt0111161/"]';
  const add = await eventually(
    async () => {
      const { x, y } = await centreOf(page, shawshank);
      await input(page).mouse.move(x + 1, y);
      return waitForAdd(page, '.p', 1_000).catch(() => null);
    },
    (seen) => seen !== null,
    20_000,
  );
  expect(add).toMatchObject({
    after: '/title/tt0111161/?ref_=chttp_t_1',
    label: 'Simkl: Add to Plan to Watch',
  });
  expect(await badgeCount(page)).toBe(0);
  if (add?.point) await input(page).mouse.click(add.point.x, add.point.y);
  const shown = await waitForBadges(page, badgeAfter('/title/tt0111161/'), 5_000);
  expect(shown.find((badge) => badge.href.startsWith('/title/tt0111161/'))?.label).toBe(
    'Simkl: Plan to Watch',
  );
  expect((await libraryEntry(world, 'The Shawshank Redemption', 'plantowatch'))?.status).toBe('plantowatch');

  const godfather = 'a.ipc-title-link-wrapper[href^="/title/tt0068646/"]';
  await inPage(page, (selector) => document.querySelector<HTMLElement>(selector)?.focus(), godfather);
  await waitForAdd(page);
  await input(page).keyboard.press('Tab');
  expect(await focusedInBadges(page)).toBe('p');
  await input(page).keyboard.press('ArrowRight');
  expect(await focusedInBadges(page)).toBe('m');
  await input(page).keyboard.press('Enter');
  expect(
    await eventually(
      () => focusedInBadges(page),
      (focused) => focused === 'plantowatch',
    ),
  ).toBe('plantowatch');
  await input(page).keyboard.press('ArrowDown');
  expect(await focusedInBadges(page)).toBe('completed');
  await input(page).keyboard.press('Enter');
  const after = await waitForBadges(page, badgeAfter('/title/tt0068646/'), 5_000);
  expect(after.find((badge) => badge.href.startsWith('/title/tt0068646/'))?.label).toBe('Simkl: Completed');
  expect(await focusedInBadges(page)).toBe('badge');
  expect((await libraryEntry(world, 'The Godfather', 'completed'))?.status).toBe('completed');
}

async function expectBadgesOn(page: AnyPage, url: string, wanted: Record<string, RegExp>): Promise<void> {
  await goto(page, url);
  const count = Object.keys(wanted).length;
  const seen = await waitForBadges(page, (now) => now.length === count);
  await sleep(500);
  expect(await badgeCount(page)).toBe(count);
  for (const [href, label] of Object.entries(wanted)) {
    const badge = seen.find((one) => one.href.includes(href));
    expect(badge?.label ?? `no badge after ${href}`).toMatch(label);
  }
}

/** MyAnimeList's season chart and a TMDB list: the titles on the lists, and no others. */
export async function malAndTmdbLists(world: World, page: AnyPage): Promise<void> {
  await simklQuiet(world);
  const before = simklRequests(world);
  await expectBadgesOn(page, MAL_SEASON, {
    '/anime/57181/': /^Simkl: Watching, 3 (of \d+ episodes|episodes watched)$/,
    '/anime/57334/': /^Simkl: Completed, rated 9$/,
    '/anime/21/': /^Simkl: Watching, 1088 of 11\d\d episodes$/,
  });
  const season = await badges(page);
  expect(season.find((badge) => badge.href.includes('/anime/21/'))?.text).toMatch(/^1088\/11\d\d$/);
  // No badge cuts its words: each one's text fits its box.
  expect(season.filter((badge) => !badge.whole)).toEqual([]);
  await expectBadgesOn(page, TMDB_LIST, {
    '/movie/680': /^Simkl: Completed, rated 8$/,
    '/tv/1396': /^Simkl: On Hold$/,
  });
  expect(simklRequestList(world).slice(before)).toEqual([]);
}

/**
 * Netflix rows whose tiles arrive later get badges as they arrive. Netflix ids are only known once
 * resolved (Simkl's library never lists them): the control resolves Stranger Things on its page, and
 * The Matrix is added from its detail modal, as a user would have before.
 */
export async function netflixRowsFillInLate(world: World, page: AnyPage): Promise<void> {
  await goto(page, 'https://www.netflix.com/title/80057281');
  await waitForButtonText(page, /Watching/, 20_000);
  await goto(page, 'https://www.netflix.com/browse?jbv=20557937');
  await waitForButtonText(page, /Add to Simkl/, 20_000);
  await choose(page, 'plantowatch');
  await waitForButtonText(page, /Plan to Watch/);
  await libraryEntry(world, 'The Matrix', 'plantowatch');
  await simklQuiet(world);
  const before = simklRequests(world);
  await goto(page, NETFLIX_ROWS_LATER);
  // Inception in the first row at first (not on the lists), The Matrix added to that row later, then a
  // new row with Stranger Things and Dark (not on the lists).
  const seen = await waitForBadges(page, (now) => now.length === 2);
  expect(seen.map((badge) => [badge.href.split('?')[0], badge.label])).toEqual([
    ['/watch/20557937', 'Simkl: Plan to Watch'],
    ['/watch/80057281', expect.stringMatching(/^Simkl: Watching/)],
  ]);
  await sleep(500);
  expect(await badgeCount(page)).toBe(2);
  expect(simklRequestList(world).slice(before)).toEqual([]);
}

/** IMDb switched off in the options: no badge on its chart until it is switched back on. */
export async function switchedOffSiteShowsNone(page: AnyPage, options: AnyPage): Promise<void> {
  await goto(page, CHART_250);
  await waitForBadges(page, (now) => now.length === 40);
  const toggle = 'input[data-badges=imdb]';
  const checked = () =>
    inPage(options, (selector) => document.querySelector<HTMLInputElement>(selector)?.checked, toggle);
  expect(await checked()).toBe(true);
  await clickPage(options, toggle);
  expect(
    await eventually(
      () => hostCount(page),
      (count) => count === 0,
    ),
  ).toBe(0);
  await reload(page);
  await eventually(
    () => inPage(page, () => document.querySelectorAll('a.ipc-title-link-wrapper').length, null),
    (count) => count === 250,
  );
  await sleep(1_000);
  expect(await hostCount(page)).toBe(0);
  expect(await badges(page)).toEqual([]);
  await clickPage(options, toggle);
  expect(
    await eventually(
      () => badgeCount(page),
      (count) => count === 40,
    ),
  ).toBe(40);
}
