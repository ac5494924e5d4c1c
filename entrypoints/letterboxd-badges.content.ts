import { defineContentScript } from 'wxt/utils/define-content-script';
import { runListBadges } from '../lib/page/badges/run-list-badges';
import { learnLetterboxdIds } from '../lib/page/learned-ids/letterboxd-ids';
import { letterboxd } from '../lib/sites/letterboxd';

/** The list badges; registered at runtime like the control's script (letterboxd.content.ts). */
export default defineContentScript({
  registration: 'runtime',
  main: async (ctx) => {
    await runListBadges(ctx, letterboxd, learnLetterboxdIds(ctx));
  },
});
