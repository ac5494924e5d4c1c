import { defineContentScript } from 'wxt/utils/define-content-script';
import { runListBadges } from '../lib/page/badges/run-list-badges';
import { anidb } from '../lib/sites/anidb';

/**
 * The list badges; registered at runtime like the control's script (anidb.content.ts). Rows carry the
 * aid, which the title index holds: no id to learn, no request.
 */
export default defineContentScript({
  registration: 'runtime',
  main: async (ctx) => {
    await runListBadges(ctx, anidb);
  },
});
