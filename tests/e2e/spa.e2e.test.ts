import { beforeAll, it } from 'vitest';
import { type AnyPage, waitForButtonText } from './harness/pages';
import { describeInBrowsers, type Session } from './harness/suite';
import { closePage } from './scenarios/extension-pages';
import { goto } from './scenarios/sites-pages';
import { disabledSiteMountsNothing, imdbNavigation, netflixNavigation } from './scenarios/sites-spa';
import { signInFromTheControl } from './scenarios/slice';

// One signed-in session, in order: IMDb leaves The Matrix on Plan to Watch, Netflix on Completed.
describeInBrowsers('client-side navigation', { scenario: 'spa', firefoxBuilds: ['firefox-mv3'] }, (suite) => {
  let session: Session;
  let page: AnyPage;

  beforeAll(async () => {
    session = await suite.start();
    page = await session.newPage();
    await signInFromTheControl(session.world, page);
  });

  it('IMDb: one control at a time, for the title the page now shows, acting on that title', async () => {
    await imdbNavigation(session.world, page);
  });

  it('Netflix: title page → film modal → episode player → browse, one control for each title', async () => {
    await netflixNavigation(session.world, page, 'Simkl: Plan to Watch');
  });

  it('a site switched off in the options mounts nothing, and mounts again when switched on', async () => {
    await goto(page, 'https://www.imdb.com/title/tt0133093/');
    await waitForButtonText(page, 'Simkl: Completed');
    const options = await session.openExtensionPage('options.html');
    await disabledSiteMountsNothing(page, options, 'Simkl: Completed');
    await closePage(options);
  });
});
