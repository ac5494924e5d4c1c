/**
 * The preferences a site page's scripts read (its control and its list badges), validated field by
 * field exactly as the full settings are: settings.ts builds its own fields on these readers, so
 * there is one rule per field. A separate module so the page scripts carry only these few readers,
 * not the sign-in, sync and badge rules they never use (docs/architecture.md, Budgets).
 */
import { browser } from 'wxt/browser';
import { SITES, type Site } from '../media';

export const SETTINGS_KEY = 'settings';

export interface PageSettings {
  sitesEnabled: Record<Site, boolean>;
  /** Ask before a click on a site page writes to Simkl. */
  confirmWrites: boolean;
  /** Per site: the user's state as a small badge after each title of a list page. */
  listBadges: Record<Site, boolean>;
  /** Fade the badges of completed titles on list pages (inside our own root: the page's rows are never restyled, docs/architecture.md, List badges). */
  dimCompleted: boolean;
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function boolOr(value: unknown, fallback: boolean): boolean {
  return typeof value === 'boolean' ? value : fallback;
}

/** A switch per site, each on unless the user turned it off. */
function perSite(raw: unknown): Record<Site, boolean> {
  const stored = isRecord(raw) ? raw : {};
  return Object.fromEntries(SITES.map((site) => [site, boolOr(stored[site], true)])) as Record<Site, boolean>;
}

/**
 * Folds whatever is stored into valid page preferences (an old or hand-edited entry included); with
 * nothing stored, the defaults: every site on, no confirmation, nothing dimmed.
 */
export function readPageSettings(raw: unknown): PageSettings {
  const stored = isRecord(raw) ? raw : {};
  return {
    sitesEnabled: perSite(stored.sitesEnabled),
    confirmWrites: boolOr(stored.confirmWrites, false),
    listBadges: perSite(stored.listBadges),
    dimCompleted: boolOr(stored.dimCompleted, false),
  };
}

export const DEFAULT_PAGE_SETTINGS: Readonly<PageSettings> = /* @__PURE__ */ readPageSettings(undefined);

export async function getPageSettings(): Promise<PageSettings> {
  const stored = await browser.storage.local.get(SETTINGS_KEY);
  return readPageSettings(stored[SETTINGS_KEY]);
}

/**
 * Calls the listener with the stored settings, read by `read`, new and old, whenever they change;
 * returns the unsubscribe.
 */
export function onStoredSettingsChange<T>(
  read: (raw: unknown) => T,
  listener: (next: T, previous: T) => void,
): () => void {
  const handle = (changes: Record<string, { oldValue?: unknown; newValue?: unknown }>, area: string) => {
    const change = changes[SETTINGS_KEY];
    if (area !== 'local' || !change) return;
    listener(read(change.newValue), read(change.oldValue));
  };
  browser.storage.onChanged.addListener(handle);
  return () => browser.storage.onChanged.removeListener(handle);
}
