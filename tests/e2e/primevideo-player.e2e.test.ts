/**
 * Prime Video's player through the player engine (docs/sites.md, Prime Video), in Chromium and Firefox
 * ESR: the player opened over the detail page, what plays from the page's own catalog records, The Boys
 * matched by its title (E6 on amazon.com's /gp/video/ page); the hero preview and an ad break on E3;
 * Not this? on Fargo, found by its title (scenarios/streaming-suite.ts); then www.amazon.de turned on from
 * its own checkbox, E7 on its German /gp/video/ page, and its shop page with no script
 * (scenarios/primevideo-storefronts.ts).
 */
import { it } from 'vitest';
import { primeDetailUrl } from '../fixtures/sites/primevideo-player';
import type { AnyPage } from './harness/pages';
import { describeInBrowsers } from './harness/suite';
import { goto } from './scenarios/extension-pages';
import { storefrontTracksItsEpisode } from './scenarios/primevideo-storefronts';
import { playPrimeAdBreak } from './scenarios/streaming-player';
import { streamingPlayerTests } from './scenarios/streaming-suite';

const THE_BOYS = 9200036;
const FARGO = 9200032;
const PEAKY_BLINDERS = 9200027;

const boys = {
  service: 'primevideo' as const,
  showSimkl: THE_BOYS,
  episodeUrl: (episode: number) =>
    primeDetailUrl('boys', episode, episode === 6 ? 'www.amazon.com' : undefined),
  leaveUrl: 'https://www.primevideo.com/storefront/home',
  async playNoProgramme(page: AnyPage) {
    await goto(page, primeDetailUrl('boys', 3));
    await playPrimeAdBreak(page);
  },
};
const fargo = {
  ...boys,
  showSimkl: FARGO,
  episodeUrl: (episode: number) => primeDetailUrl('fargo', episode),
};

describeInBrowsers(
  'Prime Video playback, through the player engine',
  { scenario: 'primevideo-player', browsersAtOnce: true },
  (suite) =>
    streamingPlayerTests(
      suite,
      boys,
      { service: fargo, episode: 1, query: 'Peaky Blinders', chosenSimkl: PEAKY_BLINDERS },
      (context) =>
        it('amazon.de turned on from its own checkbox: E7 on its German /gp/video/ page sends start and stop, its shop page gets no script', () => {
          const { session, options, run } = context();
          return storefrontTracksItsEpisode(session, options, run, boys);
        }, 90_000),
    ),
);
