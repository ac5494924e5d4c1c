import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { beforeAll, expect, it } from 'vitest';
import { REPO_ROOT } from './harness/build-output';
import type { AnyPage } from './harness/pages';
import { describeInBrowsers, type Session } from './harness/suite';
import { seriousViolations } from './scenarios/axe';
import { click, closePage, evaluate, goto, waitFor } from './scenarios/extension-pages';
import {
  checkInOnTheNetflixPlayer,
  movieControls,
  openPopupOn,
  posterDownloadedOnce,
  SITE_PAGES,
  searchAndAdd,
  seedPopupLibrary,
  showControls,
  signInFromThePopup,
  upcomingListsTheAiringShow,
} from './scenarios/popup';

/** `UPDATE_SCREENSHOTS=1` refreshes the README's pictures; otherwise they go to a scratch folder. */
const SHOTS_DIR = process.env.UPDATE_SCREENSHOTS
  ? path.join(REPO_ROOT, 'docs/screenshots')
  : fs.mkdtempSync(path.join(os.tmpdir(), 'simkl-shots-'));

describeInBrowsers('the popup', { scenario: 'popup' }, (suite) => {
  let session: Session;
  let site: AnyPage;

  beforeAll(async () => {
    session = await suite.start({ seed: seedPopupLibrary });
    site = await session.newPage();
    await signInFromThePopup(session.world, session.pages);
  });

  // First, while Doctor Who is still being watched: the screenshots show a show in progress.
  suite.it('screenshots', 'renders light and dark, and takes the screenshots', async () => {
    await goto(site, SITE_PAGES.doctorWho);
    const popup = (await openPopupOn(session.pages, 'https://www.imdb.com/title/tt0436992/*')) as Page;
    await popup.setViewportSize({ width: 384, height: 640 });
    await waitFor(popup, 'img.poster');
    const background = () =>
      evaluate(popup, () => getComputedStyle(document.documentElement).backgroundColor, null);
    await popup.emulateMedia({ colorScheme: 'light' });
    expect(await background()).toBe('rgb(255, 255, 255)');
    await popup.screenshot({ path: path.join(SHOTS_DIR, 'popup-light.png') });
    await popup.emulateMedia({ colorScheme: 'dark' });
    expect(await background()).toBe('rgb(22, 25, 30)');
    await popup.screenshot({ path: path.join(SHOTS_DIR, 'popup-dark.png') });
    await click(popup, '#tab-upcoming');
    await waitFor(popup, '[data-testid="upcoming"]');
    await popup.screenshot({ path: path.join(SHOTS_DIR, 'popup-upcoming-dark.png') });
    expect(fs.statSync(path.join(SHOTS_DIR, 'popup-dark.png')).size).toBeGreaterThan(5_000);
    await popup.close();
  });

  it('has no serious accessibility violations, in either view', async () => {
    await goto(site, SITE_PAGES.doctorWho);
    const popup = await openPopupOn(session.pages, 'https://www.imdb.com/title/tt0436992/*');
    expect(await seriousViolations(popup)).toEqual([]);
    await click(popup, '#tab-upcoming');
    await waitFor(popup, '[data-testid="upcoming"]');
    expect(await seriousViolations(popup)).toEqual([]);
    await closePage(popup);
  });

  it('searches Simkl and adds a result to Plan to Watch', () => searchAndAdd(session.world, session.pages));
  it('changes a movie: each list, rating and clearing it, mark watched, remove', () =>
    movieControls(session.world, session.pages, site));
  it('marks a show watched: the next episode, this page’s episode, then the whole show when confirmed', () =>
    showControls(session.world, session.pages, site));
  it('checks in on the Netflix player', () => checkInOnTheNetflixPlayer(session.world, session.pages, site));
  it("lists a Watching show's upcoming episode", () => upcomingListsTheAiringShow(session.pages));
  it('downloads a poster once across two popup opens', () =>
    posterDownloadedOnce(session.world, session.pages, site));
});
