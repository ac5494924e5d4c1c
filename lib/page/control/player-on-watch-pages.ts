/**
 * A control script's player (the engine, its line, the service's adapter) as a part that comes only
 * when the page is a watch page (docs/architecture.md, Loading code on demand): at load, or when the
 * site navigates there client-side (a browse page's click on Play). Once started it stays, as the
 * engine did when it ran from the start: it follows the site's own navigation from watch to watch.
 * A failure to load it (the worker could not put it into the page) is tried again at the next
 * navigation to a watch page.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { PartName } from '../../messaging/part-names';
import { loadPart } from '../parts/load-part';
import { watchLocation } from '../ui/location-watch';
import type { SiteScript } from './run-site-script';

/** What a player's part hands over (lib/player/*-player-part.ts). */
export interface PlayerPart {
  start(ctx: ContentScriptContext, site: SiteScript): Promise<void>;
}

export function playerOnWatchPages(
  ctx: ContentScriptContext,
  site: SiteScript,
  part: PartName,
  isWatchPage: (href: string) => boolean,
  pollMs = 500,
): void {
  let asked = false;
  const look = (href: string) => {
    if (asked || !isWatchPage(href)) return;
    asked = true;
    loadPart<PlayerPart>(part).then(
      (player) => (ctx.isValid ? player.start(ctx, site) : undefined),
      () => {
        asked = false;
      },
    );
  };
  look(location.href);
  watchLocation(ctx, look, pollMs);
}
