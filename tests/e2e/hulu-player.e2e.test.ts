/**
 * Hulu's player through the player engine (docs/sites.md, Hulu), in Chromium and Firefox ESR: what plays
 * from the site's entity JSON, The Bear found by its series id; an ad break on E3; Not this? on
 * Seinfeld, found by its title (scenarios/streaming-suite.ts).
 */
import { huluWatchUrl } from '../fixtures/sites/hulu-player';
import type { AnyPage } from './harness/pages';
import { describeInBrowsers } from './harness/suite';
import { goto } from './scenarios/extension-pages';
import { playAdBreak } from './scenarios/streaming-player';
import { streamingPlayerTests } from './scenarios/streaming-suite';

const THE_BEAR = 9200038;
const SEINFELD = 9200026;
const FRIENDS = 9200007;

const leaveUrl = 'https://www.hulu.com/hub/home';
const bear = {
  service: 'hulu' as const,
  showSimkl: THE_BEAR,
  episodeUrl: (episode: number) => huluWatchUrl('bear', episode),
  leaveUrl,
  async playNoProgramme(page: AnyPage) {
    await goto(page, huluWatchUrl('bear', 3));
    await playAdBreak(page, 'hulu');
  },
};
const seinfeld = {
  ...bear,
  showSimkl: SEINFELD,
  episodeUrl: (episode: number) => huluWatchUrl('seinfeld', episode),
};

describeInBrowsers(
  'Hulu playback, through the player engine',
  { scenario: 'hulu-player', browsersAtOnce: true },
  (suite) =>
    streamingPlayerTests(suite, bear, {
      service: seinfeld,
      episode: 1,
      query: 'Friends',
      chosenSimkl: FRIENDS,
    }),
);
