/**
 * Apple TV+'s player through the player engine (docs/sites.md, Apple TV+), in Chromium and Firefox ESR:
 * what plays from the page's JSON-LD, Severance matched by its title; the show page's trailer as the
 * preview (scenarios/streaming-suite.ts).
 */
import { APPLE_TV_SERIES, appleTvEpisodeUrl } from '../fixtures/sites/appletv-player';
import type { AnyPage } from './harness/pages';
import { describeInBrowsers } from './harness/suite';
import { goto } from './scenarios/extension-pages';
import { playShowTrailer } from './scenarios/streaming-player';
import { streamingPlayerTests } from './scenarios/streaming-suite';

const SEVERANCE = 9200020;
const TED_LASSO = 9200029;

const appletv = {
  service: 'appletv' as const,
  showSimkl: SEVERANCE,
  episodeUrl: appleTvEpisodeUrl,
  leaveUrl: APPLE_TV_SERIES.showUrl,
  async playNoProgramme(page: AnyPage) {
    await goto(page, APPLE_TV_SERIES.showUrl);
    await playShowTrailer(page);
  },
};

describeInBrowsers(
  'Apple TV+ playback, through the player engine',
  { scenario: 'appletv-player', browsersAtOnce: true },
  (suite) =>
    streamingPlayerTests(suite, appletv, {
      service: appletv,
      episode: 9,
      query: 'Ted Lasso',
      chosenSimkl: TED_LASSO,
    }),
);
