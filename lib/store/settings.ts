/**
 * The user's preferences, in browser.storage.local so the options page and the background see the
 * same values. Nothing secret lives here: content scripts can read storage.local (tokens are in
 * IndexedDB, see session-store.ts; the title index beside the settings holds only titles' states). Stored values are validated field by field and fall back to the
 * defaults, so an old or hand-edited entry never breaks the extension.
 */
import { browser } from 'wxt/browser';
import { WATCHED_AT_PERCENT } from '../media';
import type { PlayerService } from '../player/adapter';
import {
  DEFAULT_PAGE_SETTINGS,
  isRecord,
  onStoredSettingsChange,
  type PageSettings,
  readPageSettings,
  SETTINGS_KEY,
} from './page-settings';

export { SETTINGS_KEY };

/** How the user signs in: AUTH V2 in a window, AUTH V1 in a window, or a code typed on simkl.com. */
export type SignInMode = 'oauth2' | 'oauth1' | 'pin';
export const SIGN_IN_MODES: readonly SignInMode[] = ['oauth2', 'oauth1', 'pin'];

/** The page's preferences (page-settings.ts) and the rest, which only the extension's own pages and the background read. */
export interface Settings extends PageSettings {
  signInMode: SignInMode;
  /** A client id the user registered on simkl.com; empty = the extension's own. */
  clientIdOverride: string;
  syncIntervalMinutes: number;
  /** Whether the toolbar badge shows at all: `badgeCounts` other than 'off' (kept for older readers). */
  badgeEnabled: boolean;
  /** What the toolbar badge counts (docs/architecture.md, Menus, commands and the badge). */
  badgeCounts: BadgeCounts;
  /** Scrobble what plays on Netflix: 'ask' until the user answers the control's question. */
  trackNetflix: TrackNetflix;
  /**
   * Scrobble what plays on each other service: off until the user turns it on (Netflix's own switch is
   * `trackNetflix`, kept as the user set it). A service not named here is off.
   */
  trackServices: Partial<Record<TrackedService, boolean>>;
  /**
   * The storefronts the user turned on under a service's switch (Prime Video's other Amazon hosts,
   * docs/architecture.md, Player-only services): tracked only while the service's switch is on and the
   * browser grants the storefront's host.
   */
  storefronts: Partial<Record<TrackedService, string[]>>;
  /** The share of a playback (70–95 %) at which it is marked watched, on every service. */
  watchedAtPercent: number;
}

/** All aired, unwatched episodes of Watching shows; the Watching shows with one; or no badge. */
export type BadgeCounts = 'episodes' | 'shows' | 'off';
export const BADGE_COUNTS: readonly BadgeCounts[] = ['episodes', 'shows', 'off'];
/** The services with a switch of their own in `trackServices`: every one but Netflix. */
export type TrackedService = Exclude<PlayerService, 'netflix'>;
export const MIN_WATCHED_AT_PERCENT = 70;
export const MAX_WATCHED_AT_PERCENT = 95;

export type TrackNetflix = 'ask' | 'on' | 'off';
const TRACK_NETFLIX: readonly TrackNetflix[] = ['ask', 'on', 'off'];

export const MIN_SYNC_INTERVAL_MINUTES = 5;
export const MAX_SYNC_INTERVAL_MINUTES = 24 * 60;

export const DEFAULT_SETTINGS: Readonly<Settings> = Object.freeze({
  ...DEFAULT_PAGE_SETTINGS,
  signInMode: 'oauth2',
  clientIdOverride: '',
  syncIntervalMinutes: 30,
  badgeEnabled: true,
  trackNetflix: 'ask',
  badgeCounts: 'episodes',
  trackServices: {},
  storefronts: {},
  watchedAtPercent: WATCHED_AT_PERCENT,
});

/** An older version stored only `badgeEnabled`: off stays off, on counts episodes. */
function readBadgeCounts(stored: Record<string, unknown>): BadgeCounts {
  const chosen = BADGE_COUNTS.find((counts) => counts === stored.badgeCounts);
  if (chosen) return chosen;
  return stored.badgeEnabled === false ? 'off' : DEFAULT_SETTINGS.badgeCounts;
}

/** Folds whatever is stored into a complete, valid Settings object. */
export function normaliseSettings(raw: unknown): Settings {
  const stored = isRecord(raw) ? raw : {};
  const interval = stored.syncIntervalMinutes;
  const badgeCounts = readBadgeCounts(stored);
  return {
    ...readPageSettings(stored),
    signInMode: SIGN_IN_MODES.find((mode) => mode === stored.signInMode) ?? DEFAULT_SETTINGS.signInMode,
    clientIdOverride: typeof stored.clientIdOverride === 'string' ? stored.clientIdOverride.trim() : '',
    syncIntervalMinutes:
      typeof interval === 'number' && Number.isFinite(interval)
        ? Math.min(MAX_SYNC_INTERVAL_MINUTES, Math.max(MIN_SYNC_INTERVAL_MINUTES, Math.round(interval)))
        : DEFAULT_SETTINGS.syncIntervalMinutes,
    badgeEnabled: badgeCounts !== 'off',
    badgeCounts,
    trackNetflix:
      TRACK_NETFLIX.find((value) => value === stored.trackNetflix) ?? DEFAULT_SETTINGS.trackNetflix,
    trackServices: perService(stored.trackServices),
    storefronts: storefrontsOf(stored.storefronts),
    watchedAtPercent: watchedAtOf(stored.watchedAtPercent),
  };
}

/** The switches the user turned, each a yes or no (every page reads settings: no list of services here). */
function perService(raw: unknown): Partial<Record<TrackedService, boolean>> {
  const stored = isRecord(raw) ? raw : {};
  return Object.fromEntries(Object.entries(stored).filter(([, on]) => typeof on === 'boolean'));
}

/** Each service's storefronts, as host names, once each (the hosts' registry decides which are real). */
function storefrontsOf(raw: unknown): Partial<Record<TrackedService, string[]>> {
  const stored = isRecord(raw) ? raw : {};
  const hostsOf = (value: unknown) =>
    Array.isArray(value) ? [...new Set(value.filter((host) => typeof host === 'string'))] : [];
  return Object.fromEntries(Object.entries(stored).map(([service, hosts]) => [service, hostsOf(hosts)]));
}

/** A stored threshold, held to 70–95 %; anything but a number (NaN included) is the default. */
function watchedAtOf(raw: unknown): number {
  return typeof raw === 'number' && raw >= 0
    ? Math.min(MAX_WATCHED_AT_PERCENT, Math.max(MIN_WATCHED_AT_PERCENT, Math.round(raw)))
    : DEFAULT_SETTINGS.watchedAtPercent;
}

export async function getSettings(): Promise<Settings> {
  const stored = await browser.storage.local.get(SETTINGS_KEY);
  return normaliseSettings(stored[SETTINGS_KEY]);
}

/** Merges a partial change into the stored settings and returns the result. */
export async function updateSettings(patch: Partial<Settings>): Promise<Settings> {
  const current = await getSettings();
  const next = normaliseSettings({
    ...current,
    ...patch,
    sitesEnabled: { ...current.sitesEnabled, ...patch.sitesEnabled },
    listBadges: { ...current.listBadges, ...patch.listBadges },
    // The older switch still works: turning it off or on picks 'off' or the count it had.
    badgeCounts:
      patch.badgeCounts ??
      (patch.badgeEnabled === false
        ? 'off'
        : patch.badgeEnabled === true && current.badgeCounts === 'off'
          ? 'episodes'
          : current.badgeCounts),
    trackServices: { ...current.trackServices, ...patch.trackServices },
    storefronts: { ...current.storefronts, ...patch.storefronts },
  });
  await browser.storage.local.set({ [SETTINGS_KEY]: next });
  return next;
}

/** Calls the listener with the new and old settings whenever they change; returns the unsubscribe. */
export function onSettingsChange(listener: (next: Settings, previous: Settings) => void): () => void {
  return onStoredSettingsChange(normaliseSettings, listener);
}

/**
 * Whether a service's playback is tracked: Netflix's answer to its question, else the service's switch.
 * A switch never turned either way is 'ask': nothing is tracked, and the player asks once, as Netflix's does.
 */
export function trackingOf(settings: Settings, service: PlayerService): TrackNetflix {
  if (service === 'netflix') return settings.trackNetflix;
  const on = settings.trackServices[service];
  return on === undefined ? 'ask' : on ? 'on' : 'off';
}

/** The change that turns a service's tracking on or off. */
export function trackingPatch(settings: Settings, service: PlayerService, on: boolean): Partial<Settings> {
  if (service === 'netflix') return { trackNetflix: on ? 'on' : 'off' };
  return { trackServices: { ...settings.trackServices, [service]: on } };
}
