import { defineContentScript } from 'wxt/utils/define-content-script';
import { episodePart } from '../lib/page/control/episode-part';
import { runSiteScript } from '../lib/page/control/run-site-script';
import { traktTitlePage } from '../lib/sites/trakt';

/**
 * An optional site: registered at runtime once the user turns it on (lib/background/optional-sites/),
 * so it declares no matches, which WXT would add to the required hosts (docs/architecture.md, Optional sites).
 */
export default defineContentScript({
  registration: 'runtime',
  main: async (ctx) => {
    await runSiteScript(ctx, traktTitlePage, { episodes: episodePart });
  },
});
