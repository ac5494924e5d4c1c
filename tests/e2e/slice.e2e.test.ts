import { it } from 'vitest';
import { describeInBrowsers } from './harness/suite';
import { closePage } from './scenarios/extension-pages';
import { planToWatchSurvivesReload, signInFromTheControl } from './scenarios/slice';

describeInBrowsers(
  'the first slice',
  { scenario: 'slice', firefoxBuilds: ['firefox-mv2', 'firefox-mv3'] },
  (suite) => {
    it('signs in with AUTH V2 + PKCE, adds The Matrix to Plan to Watch, and reloads from the mirror', async () => {
      const { world, newPage } = await suite.start();
      const page = await newPage();
      await signInFromTheControl(world, page);
      await planToWatchSurvivesReload(world, page);
      await closePage(page);
    });
  },
);
