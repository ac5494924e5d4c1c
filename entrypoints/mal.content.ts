import { defineContentScript } from 'wxt/utils/define-content-script';
import { runSiteScript } from '../lib/page/control/run-site-script';
import { malTitlePage } from '../lib/sites/mal';

export default defineContentScript({
  matches: malTitlePage.matches,
  runAt: 'document_start',
  main: async (ctx) => {
    await runSiteScript(ctx, malTitlePage);
  },
});
