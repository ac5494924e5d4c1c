import { defineContentScript } from 'wxt/utils/define-content-script';
import { runListBadges } from '../lib/page/badges/run-list-badges';
import { kitsu } from '../lib/sites/kitsu';

/**
 * The list badges, registered at runtime like the control's script (kitsu.content.ts). Entries carry
 * their number in the poster address: nothing is learned from other pages (docs/sites.md, Kitsu: lists).
 */
export default defineContentScript({
  registration: 'runtime',
  main: async (ctx) => {
    await runListBadges(ctx, kitsu);
  },
});
