/**
 * The player-only services' access (docs/architecture.md, Player-only services): each service's hosts
 * (its pages' and its player frames') are optional permissions, asked for from its switch's click under
 * "Track playback on" and given back when the switch is turned off. The background registers the
 * service's player script while the switch is on and the browser grants the hosts.
 */
import { browser } from 'wxt/browser';
import { hostPermission, playerOnlyServiceHosts } from '../hosts';
import type { PlayerService } from '../player/adapter';

export const playerServiceOrigins = (service: PlayerService): string[] =>
  playerOnlyServiceHosts(service).map(hostPermission);

/** Whether the browser lets the extension reach the service's player now; false when it cannot say. */
export async function isPlayerServiceGranted(service: PlayerService): Promise<boolean> {
  try {
    return await browser.permissions.contains({ origins: playerServiceOrigins(service) });
  } catch {
    return false;
  }
}

/** Asks the browser for the service's hosts. Call it straight from the click: browsers ask only within the gesture. */
export function requestPlayerService(service: PlayerService): Promise<boolean> {
  return browser.permissions.request({ origins: playerServiceOrigins(service) });
}

/** Gives the service's hosts back (its switch was turned off). */
export function releasePlayerService(service: PlayerService): Promise<boolean> {
  return browser.permissions.remove({ origins: playerServiceOrigins(service) });
}
