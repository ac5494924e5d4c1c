/** Episodes and seasons on the site pages (scenarios/episodes.ts). */
import { beforeAll, it } from 'vitest';
import type { AnyPage } from './harness/pages';
import { describeInBrowsers, type Session } from './harness/suite';
import {
  catchUpLandsTheGap,
  episodePageFromMirror,
  malEpisodePageMarksItsEpisode,
  seasonListMarksRows,
  seasonPageMarksTheSeason,
  seedEpisodeLibrary,
  unwatchLandsThatEpisode,
} from './scenarios/episodes';
import { signInFromTheControl } from './scenarios/slice';

// One session, in order: the steps share the library they change.
describeInBrowsers('episodes and seasons on the site pages', { scenario: 'episodes' }, (suite) => {
  let session: Session;
  let page: AnyPage;

  beforeAll(async () => {
    session = await suite.start({ seed: seedEpisodeLibrary });
    page = await session.newPage();
    await signInFromTheControl(session.world, page);
  });

  it('an IMDb episode page shows its episode watched, with the date, from the mirror (0 Simkl requests)', async () => {
    await episodePageFromMirror(session.world, page);
  });

  it("IMDb's season list says the season's progress and marks its watched rows", async () => {
    await seasonListMarksRows(session.world, page);
  });

  it('Unwatch lands exactly that episode, and the page then says not watched from the mirror', async () => {
    await unwatchLandsThatEpisode(session.world, page);
  });

  it('Mark watched up to here says how many, and lands exactly those episodes', async () => {
    await catchUpLandsTheGap(session.world, page);
  });

  it('a TMDB season page marks its season', async () => {
    await seasonPageMarksTheSeason(session.world, page);
  });

  it('a MyAnimeList episode page marks its episode', async () => {
    await malEpisodePageMarksItsEpisode(session.world, page);
  });
});
