import { defineContentScript } from 'wxt/utils/define-content-script';
import { runListBadges } from '../lib/page/badges/run-list-badges';
import { netflix } from '../lib/sites/netflix';

/** The list badges, in a script of their own (the control's script stays within its budget). */
export default defineContentScript({
  matches: netflix.matches,
  runAt: 'document_start',
  main: async (ctx) => {
    await runListBadges(ctx, netflix);
  },
});
