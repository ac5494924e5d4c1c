import { defineContentScript } from 'wxt/utils/define-content-script';
import { episodePart } from '../lib/page/control/episode-part';
import { runSiteScript } from '../lib/page/control/run-site-script';
import { imdbTitlePage } from '../lib/sites/imdb';

export default defineContentScript({
  matches: imdbTitlePage.matches,
  runAt: 'document_start',
  main: async (ctx) => {
    await runSiteScript(ctx, imdbTitlePage, { episodes: episodePart });
  },
});
