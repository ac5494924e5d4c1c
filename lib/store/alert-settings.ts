/**
 * The new-episode alerts' choices (docs/architecture.md, Alerts), under a storage key of their own:
 * only the options page and the background read them, so the pages' scripts never carry this code.
 * Stored values are checked field by field and fall back to the defaults, like the settings.
 */
import { browser } from 'wxt/browser';

/** Every new episode, or only a season's last one (the whole season is out). */
export type AlertMode = 'episode' | 'season';

export interface AlertSettings {
  /** Off until the user turns them on and the browser allows notifications. */
  enabled: boolean;
  mode: AlertMode;
  shows: boolean;
  anime: boolean;
  /** Quiet hours as local 'HH:MM', from and to; either empty = none. Alerts found inside are held until they end. */
  quietFrom: string;
  quietTo: string;
}

export const ALERT_SETTINGS_KEY = 'alertSettings';

export const DEFAULT_ALERT_SETTINGS: Readonly<AlertSettings> = Object.freeze({
  enabled: false,
  mode: 'episode',
  shows: true,
  anime: true,
  quietFrom: '',
  quietTo: '',
});

const isTime = (value: unknown): value is string =>
  typeof value === 'string' && /^([01]\d|2[0-3]):[0-5]\d$/.test(value);

export function normaliseAlertSettings(raw: unknown): AlertSettings {
  const stored = (typeof raw === 'object' && raw !== null ? raw : {}) as Record<string, unknown>;
  const flag = (key: 'enabled' | 'shows' | 'anime') =>
    typeof stored[key] === 'boolean' ? (stored[key] as boolean) : DEFAULT_ALERT_SETTINGS[key];
  return {
    enabled: flag('enabled'),
    mode: stored.mode === 'season' ? 'season' : 'episode',
    shows: flag('shows'),
    anime: flag('anime'),
    // Each end is kept as typed; half a range is no quiet hours (alerts/quiet-hours.ts).
    quietFrom: isTime(stored.quietFrom) ? stored.quietFrom : '',
    quietTo: isTime(stored.quietTo) ? stored.quietTo : '',
  };
}

export async function getAlertSettings(): Promise<AlertSettings> {
  const stored = await browser.storage.local.get(ALERT_SETTINGS_KEY);
  return normaliseAlertSettings(stored[ALERT_SETTINGS_KEY]);
}

export async function updateAlertSettings(patch: Partial<AlertSettings>): Promise<AlertSettings> {
  const next = normaliseAlertSettings({ ...(await getAlertSettings()), ...patch });
  await browser.storage.local.set({ [ALERT_SETTINGS_KEY]: next });
  return next;
}

/** Calls the listener with the new and old choices whenever they change; returns the unsubscribe. */
export function onAlertSettingsChange(
  listener: (next: AlertSettings, previous: AlertSettings) => void,
): () => void {
  const handle = (changes: Record<string, { oldValue?: unknown; newValue?: unknown }>, area: string) => {
    const change = changes[ALERT_SETTINGS_KEY];
    if (area === 'local' && change)
      listener(normaliseAlertSettings(change.newValue), normaliseAlertSettings(change.oldValue));
  };
  browser.storage.onChanged.addListener(handle);
  return () => browser.storage.onChanged.removeListener(handle);
}
