import { defineContentScript } from 'wxt/utils/define-content-script';
import { runListBadges } from '../lib/page/badges/run-list-badges';
import { mal } from '../lib/sites/mal';

/** The list badges, in a script of their own (the control's script stays within its budget). */
export default defineContentScript({
  matches: mal.matches,
  runAt: 'document_start',
  main: async (ctx) => {
    await runListBadges(ctx, mal);
  },
});
