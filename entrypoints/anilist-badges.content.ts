import { defineContentScript } from 'wxt/utils/define-content-script';
import { runListBadges } from '../lib/page/badges/run-list-badges';
import { anilist } from '../lib/sites/anilist';

/**
 * The list badges, registered at runtime like the control's script (anilist.content.ts). Entries carry
 * only AniList's numbers: nothing is learned from other pages (docs/sites.md, AniList: lists).
 */
export default defineContentScript({
  registration: 'runtime',
  main: async (ctx) => {
    await runListBadges(ctx, anilist);
  },
});
