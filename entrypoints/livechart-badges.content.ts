import { defineContentScript } from 'wxt/utils/define-content-script';
import { runListBadges } from '../lib/page/badges/run-list-badges';
import { livechart } from '../lib/sites/livechart';

/**
 * The list badges, registered at runtime like the control's script (livechart.content.ts). Entries carry
 * only LiveChart's numbers: nothing is learned from other pages (docs/sites.md, LiveChart: lists).
 */
export default defineContentScript({
  registration: 'runtime',
  main: async (ctx) => {
    await runListBadges(ctx, livechart);
  },
});
