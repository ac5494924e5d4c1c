/**
 * Max's player through the player engine (docs/sites.md, Max), in Chromium and Firefox ESR: what plays
 * from the site's route JSON, The Last of Us matched by its title; an ad break on E3
 * (scenarios/streaming-suite.ts).
 */
import { maxWatchUrl } from '../fixtures/sites/max-player';
import type { AnyPage } from './harness/pages';
import { describeInBrowsers } from './harness/suite';
import { goto } from './scenarios/extension-pages';
import { playAdBreak } from './scenarios/streaming-player';
import { streamingPlayerTests } from './scenarios/streaming-suite';

const THE_LAST_OF_US = 9200021;
const THE_LAST_SHIP = 42040;

const max = {
  service: 'max' as const,
  showSimkl: THE_LAST_OF_US,
  episodeUrl: maxWatchUrl,
  leaveUrl: 'https://play.max.com/home',
  async playNoProgramme(page: AnyPage) {
    await goto(page, maxWatchUrl(3));
    await playAdBreak(page, 'max');
  },
};

describeInBrowsers(
  'Max playback, through the player engine',
  { scenario: 'max-player', browsersAtOnce: true },
  (suite) =>
    streamingPlayerTests(suite, max, {
      service: max,
      episode: 9,
      query: 'The Last Ship',
      chosenSimkl: THE_LAST_SHIP,
    }),
);
