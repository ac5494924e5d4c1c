import { defineContentScript } from 'wxt/utils/define-content-script';
import { runSiteScript } from '../lib/page/control/run-site-script';
import { tmdb } from '../lib/sites/tmdb';

export default defineContentScript({
  matches: tmdb.matches,
  runAt: 'document_idle',
  main: async (ctx) => {
    await runSiteScript(ctx, tmdb);
  },
});
