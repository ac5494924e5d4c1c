import { defineContentScript } from 'wxt/utils/define-content-script';
import { runSiteScript } from '../lib/page/control/run-site-script';
import { mal } from '../lib/sites/mal';

export default defineContentScript({
  matches: mal.matches,
  runAt: 'document_idle',
  main: async (ctx) => {
    await runSiteScript(ctx, mal);
  },
});
