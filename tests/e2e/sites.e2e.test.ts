import { beforeAll, it } from 'vitest';
import type { AnyPage } from './harness/pages';
import { describeInBrowsers, type Session } from './harness/suite';
import { menusOpenWhereTheyFit } from './scenarios/menu-fit';
import { choicesLandEverywhere, floatsWithoutAnchor, signedOutEverywhere } from './scenarios/sites-control';
import { signInFromTheControl } from './scenarios/slice';

// One browser session, in order: signed out first, then one sign-in for the rest.
describeInBrowsers('the in-page control on every site', { scenario: 'sites' }, (suite) => {
  let session: Session;
  let page: AnyPage;

  beforeAll(async () => {
    session = await suite.start();
    page = await session.newPage();
  });

  it('offers "Sign in to Simkl" beside the title on IMDb, TMDB, MAL and Netflix while signed out', async () => {
    await signedOutEverywhere(page);
  });

  it('signed in, a choice on each site lands on the service and a reload shows it', async () => {
    await signInFromTheControl(session.world, page);
    await choicesLandEverywhere(session.world, page);
  });

  it('opens the menu where it fits: inside the window, over clipping boxes, upwards near the bottom', async () => {
    await menusOpenWhereTheyFit(page);
  });

  it('floats the control on a title page without an anchor', async () => {
    await floatsWithoutAnchor(session.world, page);
  });
});
