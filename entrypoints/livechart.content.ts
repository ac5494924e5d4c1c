import { defineContentScript } from 'wxt/utils/define-content-script';
import { runSiteScript } from '../lib/page/control/run-site-script';
import { livechartTitlePage } from '../lib/sites/livechart';

/**
 * An optional site, registered at runtime once the user turns it on (docs/architecture.md, Optional
 * sites). LiveChart swaps pages in place (Turbo): the runner follows the URL and waits for og:url to match.
 */
export default defineContentScript({
  registration: 'runtime',
  main: async (ctx) => {
    await runSiteScript(ctx, livechartTitlePage);
  },
});
