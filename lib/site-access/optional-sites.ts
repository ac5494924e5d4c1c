/**
 * The sites the user turns on (docs/architecture.md, Optional sites): their hosts are optional
 * permissions, and the permission is the switch. Turning one on asks the browser from the click;
 * turning it off gives the access back. The background hears both (permissions.onAdded/onRemoved)
 * and registers or unregisters the site's scripts, so access granted or withdrawn in the browser's
 * own UI is the same switch.
 */
import { browser } from 'wxt/browser';
import { hostPermission, OPTIONAL_SITE_HOSTS_BY_SITE } from '../hosts';
import type { OptionalSite } from '../media';

export const optionalSiteOrigins = (site: OptionalSite): string[] =>
  OPTIONAL_SITE_HOSTS_BY_SITE[site].map(hostPermission);

/** Whether the browser lets the extension reach the site now; false when it cannot say. */
export async function isOptionalSiteOn(site: OptionalSite): Promise<boolean> {
  try {
    return await browser.permissions.contains({ origins: optionalSiteOrigins(site) });
  } catch {
    return false;
  }
}

/** Asks the browser for the site. Call it straight from the click: browsers ask only within the gesture. */
export function turnOnOptionalSite(site: OptionalSite): Promise<boolean> {
  return browser.permissions.request({ origins: optionalSiteOrigins(site) });
}

/** Gives the site's access back; the background then unregisters its scripts. */
export function turnOffOptionalSite(site: OptionalSite): Promise<boolean> {
  return browser.permissions.remove({ origins: optionalSiteOrigins(site) });
}
