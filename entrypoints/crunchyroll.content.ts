import { defineContentScript } from 'wxt/utils/define-content-script';
import { episodePart } from '../lib/page/control/episode-part';
import { playerOnWatchPages } from '../lib/page/control/player-on-watch-pages';
import { runSiteScript } from '../lib/page/control/run-site-script';
import { crunchyroll } from '../lib/sites/crunchyroll';
import { watchIdOf } from '../lib/sites/crunchyroll/paths';

/**
 * An optional site, registered at runtime once the user turns it on (docs/architecture.md, Optional
 * sites). Crunchyroll navigates client-side between episodes: the runner follows it.
 */
export default defineContentScript({
  registration: 'runtime',
  main: async (ctx) => {
    const site = await runSiteScript(ctx, crunchyroll, { episodes: episodePart });
    // Scrobbling through the player engine (docs/architecture.md, A playback), a part of its own that
    // comes on a /watch page only (lib/player/crunchyroll-player-part.ts).
    playerOnWatchPages(ctx, site, 'crunchyroll-player', (href) => watchIdOf(href) !== null);
  },
});
