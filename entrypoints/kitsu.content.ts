import { defineContentScript } from 'wxt/utils/define-content-script';
import { createKitsuResolver } from '../lib/page/control/kitsu-resolver';
import { runSiteScript } from '../lib/page/control/run-site-script';
import { kitsuTitlePage } from '../lib/sites/kitsu';

/**
 * An optional site, registered at runtime once the user turns it on (docs/architecture.md, Optional
 * sites). Kitsu navigates client-side and names anime by slug: Kitsu's own API gives the number.
 */
export default defineContentScript({
  registration: 'runtime',
  main: async (ctx) => {
    await runSiteScript(ctx, kitsuTitlePage, { resolve: createKitsuResolver() });
  },
});
