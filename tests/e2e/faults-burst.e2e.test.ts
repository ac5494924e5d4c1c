/**
 * Twenty rapid clicks on twenty different titles, all through real click paths: the in-page control on
 * seven fixture pages (IMDb, TMDB, MyAnimeList) and thirteen "+ Plan to Watch" buttons of the popup's
 * search. The service must end with all twenty listed, each applied by exactly one POST.
 */
import type { Page } from 'playwright-core';
import { beforeAll, expect, it } from 'vitest';
import { titleBySimkl } from '../simkl-service/catalogue/index';
import { choose, waitForButtonText } from './harness/pages';
import { describeInBrowsers } from './harness/suite';
import { type Expected, expectLandedOnce, isWritePost, libraryEntries } from './scenarios/faults-ledger';
import { ask, type FaultRun, startFaultRun } from './scenarios/faults-run';
import { pageTitle } from './scenarios/faults-titles';

const CLICKS = 20;
const PAGES = [
  'https://www.imdb.com/title/tt0114814/',
  'https://www.imdb.com/title/tt0110912/',
  'https://www.imdb.com/title/tt0436992/',
  'https://www.themoviedb.org/tv/66732-stranger-things',
  'https://myanimelist.net/anime/1535/Death_Note',
  'https://myanimelist.net/anime/57181/Ao_no_Hako',
  'https://myanimelist.net/anime/199/Sen_to_Chihiro_no_Kamikakushi',
];

let run: FaultRun;

async function openControl(url: string): Promise<Page> {
  const page = await run.chrome.context.newPage();
  await page.goto(url);
  await waitForButtonText(page, /Add to Simkl/);
  return page;
}

/** The popup's search for films containing "the", answering the result buttons' Simkl ids. */
async function searchFilms(popup: Page): Promise<number[]> {
  await popup.locator('input[type="search"]').fill('the');
  await popup.locator('select').selectOption('movie');
  await popup.locator('form[role="search"] button[type="submit"]').click();
  const buttons = popup.locator('button[data-simkl]');
  await buttons.first().waitFor();
  return buttons.evaluateAll((found) => found.map((button) => Number(button.getAttribute('data-simkl'))));
}

function searchPick(simkl: number): Expected {
  const title = titleBySimkl(simkl);
  if (!title) throw new Error(`Search offered ${simkl}, which the catalogue lacks`);
  return { simkl, title: title.title, status: 'plantowatch' };
}

describeInBrowsers('a burst of clicks', { scenario: 'faults-burst' }, (suite) => {
  beforeAll(async () => {
    run = await startFaultRun(suite);
  });

  it('lands 20 rapid clicks on 20 different titles, each exactly once', async () => {
    const { world, chrome } = run;
    // The popup first: it shows the search box only while its own tab is the active one.
    const popup = await chrome.openPopup();
    const offered = await searchFilms(popup);
    const pages = await Promise.all(PAGES.map(openControl));
    const fromPages = PAGES.map((url) => pageTitle(url));
    const onPages = new Set(fromPages.map((item) => item.simkl));
    const fromSearch = offered
      .filter((simkl) => !onPages.has(simkl))
      .slice(0, CLICKS - pages.length)
      .map(searchPick);
    expect(fromSearch).toHaveLength(CLICKS - pages.length);

    const started = Date.now();
    for (const page of pages) {
      // A background tab gets no animation frames, and Playwright waits for two before a click.
      await page.bringToFront();
      await choose(page, 'plantowatch');
    }
    await popup.bringToFront();
    for (const { simkl } of fromSearch) await popup.locator(`button[data-simkl="${simkl}"]`).click();
    const clicking = Date.now() - started;

    const expected = [...fromPages, ...fromSearch];
    await expectLandedOnce(world, 'burst', expected, 60_000);
    const lastWrite = Date.parse(world.control.requestLog().filter(isWritePost).at(-1)?.time ?? '');
    console.log(
      `burst: ${pages.length} page controls + ${fromSearch.length} popup buttons clicked in ${clicking} ms; ` +
        `the last write landed ${lastWrite - started} ms after the first click (Simkl allows 1 POST/s)`,
    );
    const listed = libraryEntries(world).map((entry) => entry.simkl);
    const byId = (a: number, b: number) => a - b;
    expect(listed.sort(byId)).toEqual(expected.map((item) => item.simkl).sort(byId));
    expect(await ask(popup, 'pending', {})).toMatchObject({ pending: 0, failed: 0 });
    for (const page of pages) await waitForButtonText(page, /Plan to Watch/);
  });
});
