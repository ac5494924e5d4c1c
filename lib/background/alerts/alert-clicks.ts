/**
 * What a click on an alert does: the popup's Up next where the browser lets a notification open
 * the popup, else the show on Simkl in a tab; and its Mark watched button (Chromium's notifications
 * only), one write through the outbox like the popup's.
 */
import { browser } from 'wxt/browser';
import { episodeOfKey } from '../../alerts/episode-key';
import { SIMKL_WEB_ORIGIN } from '../../hosts';
import type { DetectedMedia } from '../../media';
import type { EpisodeActionRequest } from '../../messaging';
import { keysOfAlertId } from '../../words/alert-id';
import { NOTIFICATIONS_PERMISSION, notificationsApi } from './notifier';

/** The popup's view of what to watch next (docs/architecture.md, Alerts). */
export const UP_NEXT_POPUP = 'popup.html?view=upnext';
const DEFAULT_POPUP = 'popup.html';

interface PopupAction {
  setPopup(details: { popup: string }): Promise<void>;
  openPopup?(): Promise<void>;
}

export interface AlertClickServices {
  markWatched(request: EpisodeActionRequest): Promise<unknown>;
}

function toolbarAction(): PopupAction | undefined {
  const api = browser as unknown as { action?: PopupAction; browserAction?: PopupAction };
  return api.action ?? api.browserAction;
}

async function openUpNext(): Promise<boolean> {
  const action = toolbarAction();
  if (!action?.openPopup) return false;
  try {
    await action.setPopup({ popup: UP_NEXT_POPUP });
    await action.openPopup();
    return true;
  } catch {
    // Firefox opens a popup only from a user action it knows of; a notification's click is not one.
    return false;
  } finally {
    await action.setPopup({ popup: DEFAULT_POPUP }).catch(() => undefined);
  }
}

export function simklShowUrl(episode: { type: 'show' | 'anime'; simkl: number }): string {
  return `${SIMKL_WEB_ORIGIN}/${episode.type === 'anime' ? 'anime' : 'tv'}/${episode.simkl}`;
}

function mediaOf(episode: { type: 'show' | 'anime'; simkl: number }): DetectedMedia {
  // The protocol's media names a site; the Simkl id goes first (lib/popup/search-media.ts does the same).
  return {
    site: episode.type === 'anime' ? 'mal' : 'imdb',
    kind: episode.type,
    ids: { simkl: episode.simkl },
  };
}

/** Listens to the alerts' clicks once `browser.notifications` exists (the permission granted). */
export function listenToAlertClicks(services: AlertClickServices): () => void {
  let listening = false;
  // A button pressed twice before its notification closed is still one write.
  const handled = new Set<string>();
  const attach = () => {
    const api = notificationsApi();
    if (listening || !api) return;
    listening = true;
    api.onClicked.addListener((id) => {
      const first = episodeOfKey(keysOfAlertId(id)[0] ?? '');
      if (!first) return;
      void api.clear(id);
      void openUpNext().then((opened) => {
        if (!opened) void browser.tabs.create({ url: simklShowUrl(first) });
      });
    });
    api.onButtonClicked?.addListener((id, index) => {
      const keys = keysOfAlertId(id);
      const episode = keys.length === 1 ? episodeOfKey(keys[0] ?? '') : undefined;
      if (!episode || index !== 0 || handled.has(id)) return;
      handled.add(id);
      void api.clear(id);
      const request: EpisodeActionRequest = {
        media: mediaOf(episode),
        action: 'watch',
        episode: episode.episode,
      };
      if (episode.season !== undefined) request.season = episode.season;
      void services.markWatched(request).catch(() => undefined);
    });
  };
  return () => {
    // Chromium wakes a stopped worker for a click only if the listener is there synchronously.
    if (!import.meta.env.FIREFOX) return attach();
    // Firefox keeps `browser.notifications` undefined for good once it was read without the permission.
    void browser.permissions.contains(NOTIFICATIONS_PERMISSION).then((granted) => granted && attach());
  };
}
