import { beforeAll, it } from 'vitest';
import type { AnyPage } from './harness/pages';
import { describeInBrowsers, type Session } from './harness/suite';
import { closePage } from './scenarios/extension-pages';
import {
  chart250Badges,
  hostileCannotRead,
  malAndTmdbLists,
  netflixRowsFillInLate,
  plusAddsTitles,
  seedListLibrary,
  switchedOffSiteShowsNone,
} from './scenarios/list-badges';
import { badgesSitOnLookAlikeLists } from './scenarios/list-badges-place';
import { signInFromTheControl } from './scenarios/slice';

// One session, in order (scenarios/list-badges.ts): the steps share the library they change.
describeInBrowsers('list badges', { scenario: 'badges' }, (suite) => {
  let session: Session;
  let page: AnyPage;

  beforeAll(async () => {
    session = await suite.start({ seed: seedListLibrary });
    page = await session.newPage();
  });

  it('shows exactly the 40 titles on the lists of a 250-entry IMDb chart, with their labels, and asks Simkl nothing', async () => {
    await signInFromTheControl(session.world, page);
    await chart250Badges(session.world, page);
  });

  it('a page script cannot read a badge or the "+": no shadow root, no text, one size', async () => {
    await hostileCannotRead(page);
  });

  it('"+" on an entry not on the lists lands Plan to Watch (mouse) or a chosen list (keyboard), badge at once', async () => {
    await plusAddsTitles(session.world, page);
  });

  it("badges MyAnimeList's season and a TMDB list", async () => {
    await malAndTmdbLists(session.world, page);
  });

  it('badges Netflix tiles that arrive later in their rows', async () => {
    await netflixRowsFillInLate(session.world, page);
  });

  it("on the look-alike lists (IMDb's Top 250, MAL's season, Netflix's rows) each listed title's badge sits at its title, the others show none", async () => {
    await badgesSitOnLookAlikeLists(page);
  });

  it('with IMDb switched off in the options, the chart shows no badge until it is switched back on', async () => {
    const options = await session.openExtensionPage('options.html');
    await switchedOffSiteShowsNone(page, options);
    await closePage(options);
  });
});
