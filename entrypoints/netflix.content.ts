import { defineContentScript } from 'wxt/utils/define-content-script';
import { episodePart } from '../lib/page/control/episode-part';
import { createNetflixResolver } from '../lib/page/control/netflix-resolver';
import { playerOnWatchPages } from '../lib/page/control/player-on-watch-pages';
import { runSiteScript } from '../lib/page/control/run-site-script';
import { netflixTitlePage } from '../lib/sites/netflix';
import { watchIdOf } from '../lib/sites/netflix/paths';

export default defineContentScript({
  matches: netflixTitlePage.matches,
  runAt: 'document_start',
  main: async (ctx) => {
    // Netflix ids are bare numbers: its own metadata says whether one is a film, show or episode.
    const site = await runSiteScript(ctx, netflixTitlePage, {
      resolve: createNetflixResolver(),
      episodes: episodePart,
    });
    // Scrobbling through the player engine (docs/architecture.md, A playback), a part of its own that
    // comes on a /watch page only (lib/player/netflix-player-part.ts).
    playerOnWatchPages(ctx, site, 'netflix-player', (href) => watchIdOf(new URL(href).pathname) !== null);
  },
});
