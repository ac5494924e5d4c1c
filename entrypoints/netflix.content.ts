import { defineContentScript } from 'wxt/utils/define-content-script';
import { scrobbleNetflixPlayer } from '../lib/page/netflix-player';
import { createNetflixResolver } from '../lib/page/netflix-resolver';
import { runSiteScript } from '../lib/page/run-site-script';
import { playbackView } from '../lib/page/ui/playback-line';
import { netflix } from '../lib/sites/netflix';

export default defineContentScript({
  matches: netflix.matches,
  runAt: 'document_idle',
  main: async (ctx) => {
    // Netflix ids are bare numbers: its own metadata says whether one is a film, show or episode.
    const site = await runSiteScript(ctx, netflix, { resolve: createNetflixResolver(), playbackView });
    // Scrobbling: the player's <video> on /watch pages (issue 9 §1).
    await scrobbleNetflixPlayer(ctx, site);
  },
});
