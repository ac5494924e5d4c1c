import { defineContentScript } from 'wxt/utils/define-content-script';
import { createNetflixResolver } from '../lib/page/control/netflix-resolver';
import { runSiteScript } from '../lib/page/control/run-site-script';
import { scrobbleNetflixPlayer } from '../lib/page/player/netflix-player';
import { playbackView } from '../lib/page/player/playback-line';
import { netflixTitlePage } from '../lib/sites/netflix';
import { netflixPlayer } from '../lib/sites/netflix/player';

export default defineContentScript({
  matches: netflixTitlePage.matches,
  runAt: 'document_start',
  main: async (ctx) => {
    // Netflix ids are bare numbers: its own metadata says whether one is a film, show or episode.
    const site = await runSiteScript(ctx, netflixTitlePage, {
      resolve: createNetflixResolver(),
      playbackView,
    });
    // Scrobbling: the player's <video> on /watch pages (docs/architecture.md, A playback).
    await scrobbleNetflixPlayer(ctx, site, netflixPlayer);
  },
});
