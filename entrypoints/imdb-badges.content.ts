import { defineContentScript } from 'wxt/utils/define-content-script';
import { runListBadges } from '../lib/page/badges/run-list-badges';
import { seasonRowMarks } from '../lib/page/badges/season-rows';
import { imdb } from '../lib/sites/imdb';

/** The list badges, in a script of their own (the control's script stays within its budget). */
export default defineContentScript({
  matches: imdb.matches,
  runAt: 'document_start',
  main: async (ctx) => {
    await runListBadges(ctx, imdb, undefined, seasonRowMarks);
  },
});
