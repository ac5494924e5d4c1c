import { defineContentScript } from 'wxt/utils/define-content-script';
import { runListBadges } from '../lib/page/badges/run-list-badges';
import { crunchyroll } from '../lib/sites/crunchyroll';

/**
 * The list badges, registered at runtime like the control's script (crunchyroll.content.ts). Cards
 * name a series by Crunchyroll's id alone: a badge shows what an earlier lookup found (no request).
 */
export default defineContentScript({
  registration: 'runtime',
  main: async (ctx) => {
    await runListBadges(ctx, crunchyroll);
  },
});
