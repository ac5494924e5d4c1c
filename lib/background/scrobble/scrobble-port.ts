/**
 * Accepts the players' long-lived ports (docs/architecture.md, A playback). Only our own content script in a
 * tab of a player service's hosts may connect; every message is checked like an intent (and must name the
 * service of the tab's host), and the port's disconnect (tab closed, page left, extension reloaded) stops
 * what that tab was playing.
 */
import { browser } from 'wxt/browser';
import { PLAYER_SERVICE_HOSTS } from '../../hosts';
import {
  type ChosenNotice,
  type PlayerNotice,
  type PlayerRating,
  type RatedNotice,
  SCROBBLE_PORT,
} from '../../messaging';
import type { PlayerService } from '../../player/adapter';
import { hostOf, type SenderInfo, type SenderRules } from '../intents/sender';
import {
  validatePlayerFind,
  validatePlayerMessage,
  validatePlayerRating,
} from '../intents/validate-scrobble';
import type { PlaybackFinds } from './playback-find';
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

/**
 * Our own content script in a tab on a page of no player service's host: it may be on one of the user's
 * own servers (docs/architecture.md, Self-hosted servers), which only the stored addresses tell.
 */
function serverTabOf(
  sender: SenderInfo | undefined,
  rules: SenderRules,
): { tabId: number; url: string } | null {
  const tabId = sender?.tab?.id;
  const url = sender?.url ?? '';
  const web = /^https?:\/\//.test(url);
  return sender?.id === rules.extensionId && typeof tabId === 'number' && web ? { tabId, url } : null;
}

/** Which self-hosted service the user added the page's origin for, or null (lib/background/self-hosted/). */
export type ServerServiceAt = (url: string) => Promise<PlayerService | null>;

export function acceptPlayerPorts(
  scrobbler: Scrobbler,
  rules: SenderRules,
  serverServiceAt: ServerServiceAt = async () => null,
  finds?: Pick<PlaybackFinds, 'find'>,
): void {
  browser.runtime.onConnect.addListener((port) => {
    if (port.name !== SCROBBLE_PORT) return;
    const player = playerTabOf(port.sender, rules);
    const server = player ? null : serverTabOf(port.sender, rules);
    if (player === null && server === null) {
      port.disconnect();
      return;
    }
    const tabId = player?.tabId ?? (server?.tabId as number);
    // A tab on none of the user's servers is refused, as one on no player's host is.
    if (server) void serverServiceAt(server.url).then((own) => own === null && port.disconnect());
    const handle = (message: ReturnType<typeof validatePlayerMessage>) => {
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
    };
    const rate = (message: PlayerRating) =>
      void scrobbler.rate(tabId, message).then((outcome) => {
        const notice: RatedNotice = { rated: { key: message.key, rating: message.rating, outcome } };
        // The page may have gone meanwhile: the write stands, only the answer has no one to go to.
        try {
          port.postMessage(notice);
        } catch {}
      });
    /** Acts only for the service the tab's page is: a page of one service never speaks for another's. */
    const asOwnService = (service: PlayerService, act: () => void) => {
      if (player) {
        if (PLAYER_SERVICE_HOSTS[service]?.includes(player.host)) act();
        return;
      }
      // On the user's own server, only for the service that address was added for; the list is read
      // once and kept, so the messages keep their order.
      void serverServiceAt(server?.url ?? '').then((own) => {
        if (own === service) act();
      });
    };
    port.onMessage.addListener((data: unknown) => {
      // A malformed message is ignored, as the router ignores one.
      try {
        if ((data as { kind?: unknown } | null)?.kind === 'find') {
          const find = validatePlayerFind(data);
          const tell = (notice: ChosenNotice) => port.postMessage(notice);
          asOwnService(find.service, () => void finds?.find(find, tell).catch(() => {}));
          return;
        }
        if ((data as { kind?: unknown } | null)?.kind === 'rate') {
          const rating = validatePlayerRating(data);
          asOwnService(rating.service, () => rate(rating));
          return;
        }
        const message = validatePlayerMessage(data);
        asOwnService(message.service ?? 'netflix', () => handle(message));
      } catch {}
    });
    port.onDisconnect.addListener(() => {
      scrobbler
        .disconnected(tabId)
        .catch((error: unknown) => reportPlaybackFailure('could not stop a closed player', { tabId }, error));
    });
  });
}
