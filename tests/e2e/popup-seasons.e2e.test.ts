import { beforeAll, it } from 'vitest';
import type { AnyPage } from './harness/pages';
import { describeInBrowsers, type Session } from './harness/suite';
import { seedPopupLibrary, signInFromThePopup } from './scenarios/popup';
import { marksAnEpisodeAndUnmarksASeason, scoreSignedOut } from './scenarios/popup-seasons';

describeInBrowsers("the popup's show view", { scenario: 'popup-seasons' }, (suite) => {
  let session: Session;
  let site: AnyPage;

  beforeAll(async () => {
    session = await suite.start({ seed: seedPopupLibrary });
    site = await session.newPage();
  });

  it("shows Simkl's score signed out, asked when the popup opens and not by the page visit", () =>
    scoreSignedOut(session.world, session.pages, site));

  it('marks an episode and unmarks a season: the service holds exactly that', async () => {
    await signInFromThePopup(session.world, session.pages);
    await marksAnEpisodeAndUnmarksASeason(session.world, session.pages, site);
  });
});
