/**
 * The popup's show view (docs/architecture.md, The popup) against the local service, the same in every browser:
 * Simkl's score signed out, asked only when the popup opens (never by the page visit), then cached;
 * the seasons' marks land on the service as exactly the episodes chosen.
 */
import { expect } from 'vitest';
import { titleBySimkl } from '../../simkl-service/catalogue/index';
import { ratingsOf, titleUrl } from '../../simkl-service/catalogue/model';
import { type AnyPage, waitForButtonText } from '../harness/pages';
import type { World } from '../harness/world';
import { seriousViolations } from './axe';
import { type Browserish, click, closePage, evaluate, goto, tabIdOf, waitForText } from './extension-pages';
import { settled } from './faults-run';
import { simklRequests } from './identity-ids';
import { openPopupOn, SIMKL, SITE_PAGES, serviceEntry } from './popup';
import { eventually } from './slice';

const DOCTOR_WHO_TAB = 'https://www.imdb.com/title/tt0436992/*';

/** popup.html?tab=<the site tab>, signed in or not (openPopupOn waits for a signed-in view). */
export async function popupOnTab(browser: Browserish, urlPattern: string): Promise<AnyPage> {
  const probe = await browser.openPage('options.html');
  const tabId = await tabIdOf(probe, urlPattern);
  await closePage(probe);
  return browser.openPage(`popup.html?tab=${tabId}`);
}

/** "Simkl 8.4 · 1,234 votes" as the service rates the title, in the popup's English. */
function expectedScore(simkl: number): { text: string; href: string } {
  const title = titleBySimkl(simkl);
  if (!title) throw new Error(`No catalogue title ${simkl}`);
  const { rating = 0, votes = 0 } = ratingsOf(title).simkl ?? {};
  return {
    text: `Simkl ${rating.toFixed(1)} · ${votes.toLocaleString('en-US')} votes`,
    href: `https://simkl.com${titleUrl(title)}`,
  };
}

export async function scoreSignedOut(world: World, browser: Browserish, site: AnyPage): Promise<void> {
  await settled(world);
  const from = world.control.requestLog().length;
  await goto(site, SITE_PAGES.doctorWho);
  await waitForButtonText(site, /Sign in to Simkl/);
  await settled(world, 1_000);
  expect(simklRequests(world, from), 'requests from the page visit').toEqual([]);

  const expected = expectedScore(SIMKL.doctorWho);
  const popup = await popupOnTab(browser, DOCTOR_WHO_TAB);
  await waitForText(popup, '[data-testid="simkl-score"]', /^Simkl /, 30_000);
  expect(await waitForText(popup, '[data-testid="simkl-score"]', /votes$/)).toBe(expected.text);
  const href = await evaluate(
    popup,
    () => document.querySelector<HTMLAnchorElement>('[data-testid="simkl-score"] a')?.href,
    null,
  );
  expect(href).toBe(expected.href);
  // Signed out, the V2 app's /ratings wants a token: the catalogue record, readable anonymously, answers.
  const asked = simklRequests(world, from);
  expect(asked).toContain('GET api.simkl.com/ratings');
  expect(asked).toContain('GET api.simkl.com/tv/tt0436992');
  await closePage(popup);
  await settled(world);

  // A day-long cache: opening the popup again asks Simkl nothing for the score.
  const again = world.control.requestLog().length;
  const second = await popupOnTab(browser, DOCTOR_WHO_TAB);
  expect(await waitForText(second, '[data-testid="simkl-score"]', /votes$/, 30_000)).toBe(expected.text);
  await settled(world);
  expect(simklRequests(world, again).filter((request) => /\/ratings|\/tv\//.test(request))).toEqual([]);
  await closePage(second);
}

/** The service's watched episodes of a show, as "S2E3", in order. */
function watchedOnService(world: World, simkl: number): string[] {
  return (serviceEntry(world, simkl)?.watchedEpisodes ?? [])
    .map(({ season, episode }) => `S${season}E${episode}`)
    .sort();
}

/**
 * Doctor Who with S1E1–E12 watched: the popup marks S2E3, then takes back season 1; the service then
 * holds exactly S2E3, and the popup's seasons say so.
 */
export async function marksAnEpisodeAndUnmarksASeason(
  world: World,
  browser: Browserish,
  site: AnyPage,
): Promise<void> {
  const sizes = titleBySimkl(SIMKL.doctorWho)?.seasons ?? [];
  expect(watchedOnService(world, SIMKL.doctorWho)).toHaveLength(12);
  await goto(site, SITE_PAGES.doctorWho);
  const popup = await openPopupOn(browser, DOCTOR_WHO_TAB);
  const season = (n: number) => `[data-season="${n}"] .season-toggle`;
  await waitForText(popup, season(1), new RegExp(`^Season 1 · 12/${sizes[0]} watched$`), 30_000);
  await waitForText(popup, season(2), new RegExp(`^Season 2 · 0/${sizes[1]} watched$`));

  await click(popup, season(2));
  await click(popup, '[data-season="2"] [data-episode="3"] [data-action="watch"]');
  await waitForText(popup, season(2), new RegExp(`^Season 2 · 1/${sizes[1]} watched$`));
  await click(popup, season(1));
  await click(popup, '[data-season="1"] [data-action="unwatchSeason"]');
  await waitForText(popup, season(1), new RegExp(`^Season 1 · 0/${sizes[0]} watched$`));
  // The title's own progress follows too.
  await waitForText(popup, '[data-testid="item-progress"]', /^1 of \d+ episodes watched$/);
  // Two seasons open, their episodes and marks on screen: still nothing serious for assistive tech.
  expect(await seriousViolations(popup)).toEqual([]);
  // One scroll area, the popup's own: no box inside it scrolls a season's episodes on their own.
  expect(await scrollAreas(popup)).toEqual(['popup']);

  const exactly = await eventually(
    () => watchedOnService(world, SIMKL.doctorWho),
    (watched) => watched.join() === 'S2E3',
    30_000,
  );
  expect(exactly).toEqual(['S2E3']);
  await closePage(popup);
}

/** The classes of the popup's elements that scroll their content (taller than their box, overflow auto). */
function scrollAreas(popup: AnyPage): Promise<string[]> {
  return evaluate(
    popup,
    () =>
      [...document.querySelectorAll<HTMLElement>('body *')]
        .filter((element) => {
          const { overflowY } = getComputedStyle(element);
          return (
            (overflowY === 'auto' || overflowY === 'scroll') &&
            element.scrollHeight > element.clientHeight + 1
          );
        })
        .map((element) => element.className),
    undefined,
  );
}
