import { beforeAll, expect, it } from 'vitest';
import type { AnyPage } from './harness/pages';
import { describeInBrowsers, type Session } from './harness/suite';
import { controlSitsInLayout, MAL_PHONE, NETFLIX_MODAL } from './scenarios/control-fit';
import { themesAroundALateStylesheet } from './scenarios/late-stylesheet';
import { menusOpenWhereTheyFit } from './scenarios/menu-fit';
import { choicesLandEverywhere, floatsWithoutAnchor, signedOutEverywhere } from './scenarios/sites-control';
import { signInFromTheControl } from './scenarios/slice';

// One browser session, in order: signed out first, then one sign-in for the rest.
describeInBrowsers('the in-page control on every site', { scenario: 'sites' }, (suite) => {
  let session: Session;
  let page: AnyPage;
  let lateStylesheet: ReturnType<typeof themesAroundALateStylesheet>;

  beforeAll(async () => {
    session = await suite.start();
    page = await session.newPage();
    // In a tab of its own, while the tests below run: its stylesheet takes seconds to come.
    lateStylesheet = session.newPage().then(async (tab) => {
      const themes = await themesAroundALateStylesheet(tab);
      await tab.close();
      return themes;
    });
    // Its test below reports a failure; until then it must not count as an unhandled one.
    lateStylesheet.catch(() => undefined);
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

  it("sits in the layout: in MyAnimeList's phone title bar and Netflix's title modal, on the title's edge", async () => {
    // The states the choices above left: Death Note on hold, The Matrix dropped.
    await controlSitsInLayout(page, MAL_PHONE, 'Simkl: On Hold');
    await controlSitsInLayout(page, NETFLIX_MODAL, 'Simkl: Dropped ★8');
  });

  it('floats the control on a title page without an anchor', async () => {
    await floatsWithoutAnchor(session.world, page);
  });

  it('gives a dark page whose stylesheet arrives after the control the dark control once it applies', async () => {
    const { first, last } = await lateStylesheet;
    // Placed while the page was bare (the browser's white): the light theme, for now.
    expect(first).toEqual({ theme: 'light', loaded: false });
    expect(last).toEqual({ theme: 'dark', loaded: true });
  });
});
