import { defineContentScript } from 'wxt/utils/define-content-script';
import { createNetflixResolver } from '../lib/page/netflix-resolver';
import { runSiteScript } from '../lib/page/run-site-script';
import { netflix } from '../lib/sites/netflix';

export default defineContentScript({
  matches: netflix.matches,
  runAt: 'document_idle',
  main: async (ctx) => {
    // Netflix ids are bare numbers: its own metadata says whether one is a film, show or episode.
    await runSiteScript(ctx, netflix, { resolve: createNetflixResolver() });
  },
});
