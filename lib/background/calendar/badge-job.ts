import { browser } from 'wxt/browser';
import { type BadgeAction, type Calendar, updateBadge } from '../../calendar';
import type { Library } from '../../library/types';
import { getSettings, type Settings } from '../../store/settings';
import { watchingSeries } from './calendar-handlers';

export interface BadgeServices {
  library: Pick<Library, 'entries'>;
  calendar: Pick<Calendar, 'todayCount'>;
  isSignedIn(): boolean | Promise<boolean>;
  /** `browser.action` (MV3) or `browser.browserAction` (MV2); found by itself when absent. */
  action?: BadgeAction;
  settings?: () => Promise<Settings>;
}

export interface Badge {
  /** Recounts today's episodes of Watching items; answers the badge's text. Calls overlap into one. */
  refresh(): Promise<string>;
}

function toolbarAction(): BadgeAction | undefined {
  const api = browser as unknown as { action?: BadgeAction; browserAction?: BadgeAction };
  return api.action ?? api.browserAction;
}

export function createBadge(services: BadgeServices): Badge {
  const { library, calendar, isSignedIn } = services;
  const settings = services.settings ?? getSettings;
  let running: Promise<string> | null = null;
  let queued: Promise<string> | null = null;

  async function count(): Promise<string> {
    const action = services.action ?? toolbarAction();
    if (!action) return '';
    const { badgeEnabled } = await settings();
    const signedIn = await isSignedIn();
    const watching = badgeEnabled && signedIn ? await watchingSeries(library) : [];
    // No calendar (offline, first run): no number rather than a stale or wrong one.
    const today = watching.length > 0 ? await calendar.todayCount(watching).catch(() => 0) : 0;
    return updateBadge({ action, count: today, enabled: badgeEnabled && signedIn });
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
