import { defineContentScript } from 'wxt/utils/define-content-script';
import { episodePart } from '../lib/page/control/episode-part';
import { createNetflixResolver } from '../lib/page/control/netflix-resolver';
import { runSiteScript } from '../lib/page/control/run-site-script';
import { playbackView } from '../lib/player/playback-line';
import { trackServicePlayer } from '../lib/player/track-service';
import { netflixTitlePage } from '../lib/sites/netflix';
import { netflixPlayerWith } from '../lib/sites/netflix/player';

export default defineContentScript({
  matches: netflixTitlePage.matches,
  runAt: 'document_start',
  main: async (ctx) => {
    // Netflix ids are bare numbers: its own metadata says whether one is a film, show or episode.
    const site = await runSiteScript(ctx, netflixTitlePage, {
      resolve: createNetflixResolver(),
      playbackView,
      episodes: episodePart,
    });
    // Scrobbling through the player engine (docs/architecture.md, A playback). What plays is what the
    // page runner identified: its metadata lookup is shared, so a /watch id is fetched once.
    await trackServicePlayer(
      ctx,
      site,
      netflixPlayerWith(() => site.media()),
    );
  },
});
