import { defineContentScript } from 'wxt/utils/define-content-script';
import { episodePart } from '../lib/page/control/episode-part';
import { runSiteScript } from '../lib/page/control/run-site-script';
import { tmdbTitlePage } from '../lib/sites/tmdb';

export default defineContentScript({
  matches: tmdbTitlePage.matches,
  runAt: 'document_start',
  main: async (ctx) => {
    await runSiteScript(ctx, tmdbTitlePage, { episodes: episodePart });
  },
});
