import { defineContentScript } from 'wxt/utils/define-content-script';
import { runListBadges } from '../lib/page/badges/run-list-badges';
import { tvdb } from '../lib/sites/tvdb';

/**
 * The list badges; registered at runtime like the control's script (tvdb.content.ts). Entries carry
 * their TVDB number in their artwork's address, which the title index holds: no request.
 */
export default defineContentScript({
  registration: 'runtime',
  main: async (ctx) => {
    await runListBadges(ctx, tvdb);
  },
});
