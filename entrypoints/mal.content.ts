import { defineContentScript } from 'wxt/utils/define-content-script';
import { episodePart } from '../lib/page/control/episode-part';
import { runSiteScript } from '../lib/page/control/run-site-script';
import { malTitlePage } from '../lib/sites/mal';

export default defineContentScript({
  matches: malTitlePage.matches,
  runAt: 'document_start',
  main: async (ctx) => {
    await runSiteScript(ctx, malTitlePage, { episodes: episodePart });
  },
});
