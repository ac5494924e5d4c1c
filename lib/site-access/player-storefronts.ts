/**
 * A player-only service's storefronts (docs/architecture.md, Player-only services): each storefront's
 * host is an optional permission of its own, asked for from its own checkbox under the service's switch
 * and given back when it is turned off, so a user of one storefront is never asked for the others.
 */
import { browser } from 'wxt/browser';
import { hostPermission, playerStorefronts } from '../hosts';

/** Whether the browser lets the extension reach the storefront now; false when it cannot say. */
export async function isStorefrontGranted(host: string): Promise<boolean> {
  try {
    return await browser.permissions.contains({ origins: [hostPermission(host)] });
  } catch {
    return false;
  }
}

/** Asks the browser for the storefront's host alone. Call it straight from the click (within the gesture). */
export function requestStorefront(host: string): Promise<boolean> {
  return browser.permissions.request({ origins: [hostPermission(host)] });
}

/** Gives the storefront's host back (its checkbox was turned off). */
export function releaseStorefront(host: string): Promise<boolean> {
  return browser.permissions.remove({ origins: [hostPermission(host)] });
}

/** Gives every storefront of the service back (its switch was turned off: everything goes off). */
export function releaseStorefronts(service: string): Promise<boolean> {
  const origins = playerStorefronts(service).map(hostPermission);
  return origins.length > 0 ? browser.permissions.remove({ origins }) : Promise.resolve(true);
}
