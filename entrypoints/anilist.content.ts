import { defineContentScript } from 'wxt/utils/define-content-script';
import { runSiteScript } from '../lib/page/control/run-site-script';
import { anilistTitlePage } from '../lib/sites/anilist';

/**
 * An optional site, registered at runtime once the user turns it on (docs/architecture.md, Optional
 * sites). AniList navigates client-side: the runner follows the URL and waits for og:url to match.
 */
export default defineContentScript({
  registration: 'runtime',
  main: async (ctx) => {
    await runSiteScript(ctx, anilistTitlePage);
  },
});
