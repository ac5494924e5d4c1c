import { defineContentScript } from 'wxt/utils/define-content-script';
import { runListBadges } from '../lib/page/badges/run-list-badges';
import { animeplanet } from '../lib/sites/animeplanet';

/**
 * The list badges; registered at runtime like the control's script (animeplanet.content.ts). Entries
 * carry only Anime-Planet's slug, which the title index cannot know: no request is made for them.
 */
export default defineContentScript({
  registration: 'runtime',
  main: async (ctx) => {
    await runListBadges(ctx, animeplanet);
  },
});
