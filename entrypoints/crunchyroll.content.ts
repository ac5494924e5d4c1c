import { defineContentScript } from 'wxt/utils/define-content-script';
import { runSiteScript } from '../lib/page/control/run-site-script';
import { crunchyroll } from '../lib/sites/crunchyroll';

/**
 * An optional site, registered at runtime once the user turns it on (docs/architecture.md, Optional
 * sites). Crunchyroll navigates client-side between episodes: the runner follows it.
 */
export default defineContentScript({
  registration: 'runtime',
  main: async (ctx) => {
    await runSiteScript(ctx, crunchyroll);
  },
});
