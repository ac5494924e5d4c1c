/**
 * The player's long-lived port to the background. Its disconnect is what tells the background
 * that a tab closed mid-episode; when the worker restarts, the next message opens a new one.
 */
import type { Runtime } from 'webextension-polyfill';
import { browser } from 'wxt/browser';
import {
  type ChosenNotice,
  type PlayerFind,
  type PlayerMessage,
  type PlayerNotice,
  type PlayerRating,
  type RatedNotice,
  SCROBBLE_PORT,
} from '../messaging';

export interface PlayerPort {
  post(message: PlayerMessage | PlayerRating | PlayerFind): void;
  close(): void;
}

export function createPlayerPort(
  onIgnored: () => void,
  onRated: (rated: RatedNotice['rated']) => void = () => {},
  onChosen: (chosen: ChosenNotice['chosen']) => void = () => {},
): PlayerPort {
  let port: Runtime.Port | null = null;

  function open(): Runtime.Port {
    const opened = browser.runtime.connect({ name: SCROBBLE_PORT });
    opened.onDisconnect.addListener(() => {
      if (port === opened) port = null;
    });
    opened.onMessage.addListener((notice: unknown) => {
      if ((notice as Partial<PlayerNotice> | null)?.ignored === true) onIgnored();
      const rated = (notice as Partial<RatedNotice> | null)?.rated;
      if (rated && typeof rated === 'object') onRated(rated);
      const chosen = (notice as Partial<ChosenNotice> | null)?.chosen;
      if (chosen && typeof chosen === 'object') onChosen(chosen);
    });
    return opened;
  }

  return {
    post(message) {
      try {
        port ??= open();
        port.postMessage(message);
      } catch {
        // The extension was reloaded under the page: nothing can be sent any more.
        port = null;
      }
    },
    close() {
      port?.disconnect();
      port = null;
    },
  };
}
