/**
 * Which of its hosts the browser lets the extension reach. Users can withdraw a site's access
 * (Firefox's extensions panel and add-ons manager, Chrome's "on click" and "on specific sites"), and
 * Firefox does not ask for host permissions that an update adds (it shows them at first install
 * only). The control then never appears and nothing says why: the popup and the options page ask
 * here, show what is missing, and ask the browser again from one click.
 *
 * Both browsers let an extension request hosts of its own `host_permissions` again once the user
 * withheld them (Chrome: "required permissions that were withheld by the user"; Firefox MV3 treats
 * them as optional), so the manifest needs no `optional_host_permissions`. Firefox MV2 host
 * permissions cannot be withdrawn: there nothing is ever missing.
 */
import { browser } from 'wxt/browser';
import { hostPermission, SIMKL_HOST_PERMISSIONS, SITE_HOSTS_BY_SITE } from '../hosts';
import { isOptionalSite, type Site } from '../media';

/** Simkl's own hosts, or one site's. */
export type AccessArea = 'simkl' | Site;

export interface AccessGroup {
  area: AccessArea;
  /** Match patterns, as the manifest lists them. */
  origins: string[];
}

/** The required hosts only: an optional site the user did not turn on is not missing (optional-sites.ts). */
export const ACCESS_GROUPS: readonly AccessGroup[] = [
  { area: 'simkl', origins: SIMKL_HOST_PERMISSIONS },
  ...(Object.entries(SITE_HOSTS_BY_SITE) as [Site, readonly string[]][])
    .filter(([area]) => !isOptionalSite(area))
    .map(([area, hosts]) => ({ area, origins: hosts.map(hostPermission) })),
];

/** The groups the extension cannot reach now: [] when it reaches them all, undefined if unknown. */
export async function missingAccess(): Promise<AccessGroup[] | undefined> {
  try {
    const reached = await Promise.all(
      ACCESS_GROUPS.map((group) => browser.permissions.contains({ origins: group.origins })),
    );
    return ACCESS_GROUPS.filter((_, index) => !reached[index]);
  } catch {
    return undefined;
  }
}

/**
 * Asks the browser for `groups`' hosts; answers whether it granted them. Call it straight from the
 * click handler, before any await: browsers ask the user only from within their gesture.
 */
export function requestAccess(groups: readonly AccessGroup[]): Promise<boolean> {
  return browser.permissions.request({ origins: groups.flatMap((group) => group.origins) });
}

/** Calls `onChange` whenever the extension gains or loses a permission; answers how to stop. */
export function watchAccess(onChange: () => void): () => void {
  const { onAdded, onRemoved } = browser.permissions;
  try {
    onAdded.addListener(onChange);
    onRemoved.addListener(onChange);
  } catch {
    return () => {};
  }
  return () => {
    onAdded.removeListener(onChange);
    onRemoved.removeListener(onChange);
  };
}
