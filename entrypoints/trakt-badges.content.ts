import { defineContentScript } from 'wxt/utils/define-content-script';
import { runListBadges } from '../lib/page/badges/run-list-badges';
import { seasonRowMarks } from '../lib/page/badges/season-rows';
import { trakt } from '../lib/sites/trakt';

/** The list badges; registered at runtime like the control's script (trakt.content.ts). */
export default defineContentScript({
  registration: 'runtime',
  main: async (ctx) => {
    await runListBadges(ctx, trakt, undefined, seasonRowMarks);
  },
});
