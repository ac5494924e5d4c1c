/**
 * Accepts the players' long-lived ports (docs/architecture.md, A playback). Only our own content script in a
 * tab of a player service's hosts may connect; every message is checked like an intent (and must name the
 * service of the tab's host), and the port's disconnect (tab closed, page left, extension reloaded) stops
 * what that tab was playing.
 */
import { browser } from 'wxt/browser';
import { PLAYER_SERVICE_HOSTS } from '../../hosts';
import { type PlayerNotice, SCROBBLE_PORT } from '../../messaging';
import { hostOf, type SenderInfo, type SenderRules } from '../intents/sender';
import { validatePlayerMessage } from '../intents/validate-scrobble';
import { reportPlaybackFailure } from './report';
import type { Scrobbler } from './scrobbler';

/** The tab and host of our own content script on a player service's host, or null for any other sender. */
export function playerTabOf(
  sender: SenderInfo | undefined,
  rules: SenderRules,
): { tabId: number; host: string } | null {
  // Our own content script in a tab, on an https page: a player-only service's host is no site's, so
  // the intents' sender check (which knows the sites) is not the one here; our pages are not https.
  if (!sender?.tab || sender.id !== rules.extensionId) return null;
  const host = hostOf(sender.url ?? '');
  const tabId = sender.tab.id;
  const known = host !== null && Object.values(PLAYER_SERVICE_HOSTS).some((hosts) => hosts.includes(host));
  return known && typeof tabId === 'number' ? { tabId, host } : null;
}

/** The tab of our own content script on www.netflix.com, or null for any other sender. */
export function netflixTabOf(sender: SenderInfo | undefined, rules: SenderRules): number | null {
  const player = playerTabOf(sender, rules);
  return player && PLAYER_SERVICE_HOSTS.netflix?.includes(player.host) ? player.tabId : null;
}

export function acceptPlayerPorts(scrobbler: Scrobbler, rules: SenderRules): void {
  browser.runtime.onConnect.addListener((port) => {
    if (port.name !== SCROBBLE_PORT) return;
    const player = playerTabOf(port.sender, rules);
    if (player === null) {
      port.disconnect();
      return;
    }
    const { tabId, host } = player;
    port.onMessage.addListener((data: unknown) => {
      let message: ReturnType<typeof validatePlayerMessage>;
      try {
        message = validatePlayerMessage(data);
      } catch {
        return; // a malformed message is ignored, as the router ignores one
      }
      // A page of one service never speaks for another's.
      if (!PLAYER_SERVICE_HOSTS[message.service ?? 'netflix']?.includes(host)) return;
      // Every failure is caught and said (report.ts): none may go unhandled, nor pass unseen.
      const { media, progress } = message;
      scrobbler
        .message(tabId, message)
        .then((ignored) => {
          const notice: PlayerNotice = { ignored: true };
          if (ignored) port.postMessage(notice);
        })
        .catch((error: unknown) =>
          reportPlaybackFailure(
            `could not handle a player's ${message.kind}`,
            { tabId, media, progress },
            error,
          ),
        );
    });
    port.onDisconnect.addListener(() => {
      scrobbler
        .disconnected(tabId)
        .catch((error: unknown) => reportPlaybackFailure('could not stop a closed player', { tabId }, error));
    });
  });
}
