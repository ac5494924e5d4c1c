/**
 * The toolbar popup against the local service, the same in every browser: each control lands on the
 * service (lists, rating, removal, mark watched in its forms, check-in, search), the Upcoming view
 * lists a Watching show's next episode, and a poster is downloaded once however often it is shown.
 */
import { expect } from 'vitest';
import { titleBySimkl } from '../../simkl-service/catalogue/index';
import { DEMO_USER } from '../../simkl-service/index';
import type { SnapshotEntry } from '../../simkl-service/types';
import type { AnyPage } from '../harness/pages';
import type { World } from '../harness/world';
import {
  type Browserish,
  click,
  closePage,
  evaluate,
  fill,
  goto,
  tabIdOf,
  waitFor,
  waitForText,
} from './extension-pages';
import { eventually } from './slice';

export const SITE_PAGES = {
  matrix: 'https://www.imdb.com/title/tt0133093/',
  doctorWho: 'https://www.imdb.com/title/tt0436992/',
  journeysEnd: 'https://m.imdb.com/title/tt1205438/',
  dungeon: 'https://www.netflix.com/watch/81649856',
} as const;

export const SIMKL = { matrix: 9100001, doctorWho: 9200001, houseOfTheDragon: 9200037, theBear: 9200038 };

/** House of the Dragon caught up (its next episode airs within days) and Doctor Who part-way. */
export function seedPopupLibrary(world: World): void {
  world.control.seedLibrary(DEMO_USER.id, [
    { ids: { imdb: 'tt11198330' }, type: 'show', status: 'watching', watchedEpisodes: 19 },
    { ids: { imdb: 'tt0436992' }, type: 'show', status: 'watching', watchedEpisodes: 12 },
  ]);
}

export function serviceEntry(world: World, simkl: number): SnapshotEntry | undefined {
  const library = world.control.library(DEMO_USER.id);
  return [...library.movies, ...library.shows, ...library.anime].find((entry) => entry.simkl === simkl);
}

async function landed(world: World, simkl: number, check: (entry: SnapshotEntry | undefined) => boolean) {
  const entry = await eventually(() => serviceEntry(world, simkl), check);
  expect(check(entry), `the service's entry ${JSON.stringify(entry)}`).toBe(true);
}

/** Signs in from the popup's own button and waits for the first full sync. */
export async function signInFromThePopup(world: World, browser: Browserish): Promise<void> {
  const popup = await browser.openPage('popup.html');
  await click(popup, '[data-action="sign-in"]');
  await waitForText(popup, '[data-testid="account-name"]', /Demo Watcher/, 30_000);
  await eventually(
    () => world.control.requestLog().filter((entry) => entry.path.startsWith('/sync/all-items')).length,
    (count) => count >= 3,
  );
  await closePage(popup);
}

/** popup.html?tab=<the site tab>, showing that tab's title. */
export async function openPopupOn(browser: Browserish, urlPattern: string): Promise<AnyPage> {
  const probe = await browser.openPage('options.html');
  const tabId = await tabIdOf(probe, urlPattern);
  await closePage(probe);
  const popup = await browser.openPage(`popup.html?tab=${tabId}`);
  await waitFor(popup, '[data-testid="item-status"]', 20_000);
  return popup;
}

export async function searchAndAdd(world: World, browser: Browserish): Promise<void> {
  const popup = await browser.openPage('popup.html');
  await waitForText(popup, 'main', /No title on this page/);
  await fill(popup, 'input[type="search"]', 'The Bear');
  await click(popup, 'form[role="search"] button[type="submit"]');
  await click(popup, `[data-simkl="${SIMKL.theBear}"]`);
  await landed(world, SIMKL.theBear, (entry) => entry?.status === 'plantowatch');
  await closePage(popup);
}

export async function movieControls(world: World, browser: Browserish, site: AnyPage): Promise<void> {
  await goto(site, SITE_PAGES.matrix);
  const popup = await openPopupOn(browser, 'https://www.imdb.com/title/tt0133093/*');
  await waitForText(popup, '[data-testid="item-title"]', /^The Matrix/);
  for (const status of ['plantowatch', 'completed', 'dropped'] as const) {
    await click(popup, `[data-status="${status}"]`);
    await landed(world, SIMKL.matrix, (entry) => entry?.status === status);
  }
  await click(popup, '[data-rating="8"]');
  await landed(world, SIMKL.matrix, (entry) => entry?.rating === 8);
  await click(popup, '[data-rating="clear"]');
  await landed(world, SIMKL.matrix, (entry) => entry?.rating === null);
  await click(popup, '[data-action="watched"]');
  await landed(world, SIMKL.matrix, (entry) => entry?.status === 'completed' && entry.lastWatchedAt !== null);
  await click(popup, '[data-action="remove"]');
  await click(popup, '[data-action="remove-confirm"]');
  await landed(world, SIMKL.matrix, (entry) => entry === undefined);
  await waitForText(popup, '[data-testid="item-status"]', /Not in your lists/);
  await closePage(popup);
}

export async function showControls(world: World, browser: Browserish, site: AnyPage): Promise<void> {
  await goto(site, SITE_PAGES.doctorWho);
  let popup = await openPopupOn(browser, 'https://www.imdb.com/title/tt0436992/*');
  await waitForText(popup, '[data-action="watched-next"]', /^Mark S1E13 watched$/);
  await click(popup, '[data-action="watched-next"]');
  await landed(world, SIMKL.doctorWho, (entry) => entry?.watchedCount === 13);
  await closePage(popup);

  await goto(site, SITE_PAGES.journeysEnd);
  popup = await openPopupOn(browser, 'https://m.imdb.com/title/tt1205438/*');
  await waitForText(popup, '[data-action="watched"]', /^Mark S4E13 watched$/);
  await click(popup, '[data-action="watched"]');
  const hasJourneysEnd = (entry?: SnapshotEntry) =>
    entry?.watchedEpisodes.some((episode) => episode.season === 4 && episode.episode === 13) === true;
  await landed(world, SIMKL.doctorWho, hasJourneysEnd);

  // The whole show only after the user says so.
  await click(popup, '[data-action="watched-show"]');
  await waitForText(popup, '.confirm', /Mark every episode of Doctor Who watched\?/);
  await click(popup, '[data-action="watched-show-confirm"]');
  const episodes = titleBySimkl(SIMKL.doctorWho)?.seasons?.reduce((sum, size) => sum + size, 0);
  await landed(
    world,
    SIMKL.doctorWho,
    (entry) => entry?.status === 'completed' && entry.watchedCount === episodes,
  );
  await closePage(popup);
}

export async function checkInOnTheNetflixPlayer(
  world: World,
  browser: Browserish,
  site: AnyPage,
): Promise<void> {
  await goto(site, SITE_PAGES.dungeon);
  const popup = await openPopupOn(browser, 'https://www.netflix.com/watch/*');
  await click(popup, '[data-action="checkin"]');
  const checkins = await eventually(
    () => world.control.requestLog().filter((entry) => entry.path === '/scrobble/checkin'),
    (entries) => entries.some((entry) => entry.status >= 200 && entry.status < 300),
  );
  expect(checkins.map((entry) => entry.status)).toContain(201);
  // The player's video is Delicious in Dungeon's 21st episode (Netflix's metadata), sent with its anime.
  expect(checkins.at(-1)?.body).toMatchObject({
    anime: { ids: { simkl: 9300003 } },
    episode: { number: 21 },
  });
  await closePage(popup);
}

export async function upcomingListsTheAiringShow(browser: Browserish): Promise<void> {
  const popup = await browser.openPage('popup.html');
  await click(popup, '#tab-upcoming');
  const text = await waitForText(popup, '[data-testid="upcoming"]', /House of the Dragon/, 20_000);
  expect(text).toContain('S3E2');
  // Doctor Who is on Watching too but airs nothing: only airing titles are listed.
  expect(text).not.toContain('Doctor Who');
  await closePage(popup);
}

/** Two popup opens on the Matrix: its poster is shown both times and fetched from wsrv.nl once. */
export async function posterDownloadedOnce(world: World, browser: Browserish, site: AnyPage): Promise<void> {
  const path = titleBySimkl(SIMKL.matrix)?.poster;
  expect(path).toBeTruthy();
  await goto(site, SITE_PAGES.matrix);
  for (let open = 0; open < 2; open++) {
    const popup = await openPopupOn(browser, 'https://www.imdb.com/title/tt0133093/*');
    await waitFor(popup, 'img.poster');
    const src = await evaluate(
      popup,
      () => document.querySelector('img.poster')?.getAttribute('src') ?? '',
      null,
    );
    // From the background, which downloads it (unless an earlier test showed it), then read by the
    // popup from the image cache.
    expect(src).toMatch(open === 0 ? /^(data:image\/webp;base64,|blob:)/ : /^blob:/);
    await closePage(popup);
  }
  const downloads = world.control
    .requestLog()
    .filter((entry) => entry.host === 'wsrv.nl' && entry.query.url?.includes(`/posters/${path}_`));
  expect(downloads.map((entry) => entry.status)).toEqual([200]);
}
