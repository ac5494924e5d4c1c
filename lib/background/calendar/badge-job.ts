import { browser } from 'wxt/browser';
import { type BadgeAction, badgeCount, updateBadge } from '../../calendar';
import type { Library } from '../../library/types';
import { getSettings, type Settings } from '../../store/settings';

export interface BadgeServices {
  library: Pick<Library, 'entries'>;
  isSignedIn(): boolean | Promise<boolean>;
  /** `browser.action` (MV3) or `browser.browserAction` (MV2); found by itself when absent. */
  action?: BadgeAction;
  settings?: () => Promise<Settings>;
}

export interface Badge {
  /** Recounts what the user chose of the Watching items; answers the badge's text. Calls overlap into one. */
  refresh(): Promise<string>;
}

function toolbarAction(): BadgeAction | undefined {
  const api = browser as unknown as { action?: BadgeAction; browserAction?: BadgeAction };
  return api.action ?? api.browserAction;
}

export function createBadge(services: BadgeServices): Badge {
  const { library, isSignedIn } = services;
  const settings = services.settings ?? getSettings;
  let running: Promise<string> | null = null;
  let queued: Promise<string> | null = null;

  async function count(): Promise<string> {
    const action = services.action ?? toolbarAction();
    if (!action) return '';
    const { badgeCounts } = await settings();
    const shown = badgeCounts !== 'off' && (await isSignedIn());
    // From the mirror alone: the count needs no calendar and no request.
    const watching = shown ? await library.entries({ status: 'watching' }) : [];
    return updateBadge({ action, count: badgeCount(watching, badgeCounts), enabled: shown });
  }

  // A sync landing while counting gets one more count afterwards, not one per caller.
  function refresh(): Promise<string> {
    if (!running) {
      running = count()
        .catch(() => '')
        .finally(() => {
          running = null;
        });
      return running;
    }
    queued ??= running.then(() => {
      queued = null;
      return refresh();
    });
    return queued;
  }

  return { refresh };
}
