import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  DEFAULT_PAGE_SETTINGS,
  getPageSettings,
  onStoredSettingsChange,
  readPageSettings,
  SETTINGS_KEY,
} from '../../../lib/store/page-settings';
import { DEFAULT_SETTINGS, normaliseSettings, updateSettings } from '../../../lib/store/settings';

const pageFields = (settings: ReturnType<typeof normaliseSettings>) => ({
  sitesEnabled: settings.sitesEnabled,
  confirmWrites: settings.confirmWrites,
  listBadges: settings.listBadges,
  dimCompleted: settings.dimCompleted,
});

describe('page settings', () => {
  it('start from the same defaults as the full settings', async () => {
    expect(await getPageSettings()).toEqual(pageFields(DEFAULT_SETTINGS));
    expect(DEFAULT_PAGE_SETTINGS.sitesEnabled.imdb).toBe(true);
    expect(DEFAULT_PAGE_SETTINGS.listBadges.crunchyroll).toBe(true);
    expect(DEFAULT_PAGE_SETTINGS.confirmWrites).toBe(false);
    expect(DEFAULT_PAGE_SETTINGS.dimCompleted).toBe(false);
  });

  it.each([
    ['nothing', undefined],
    ['not an object', 'nonsense'],
    ['an array', [true]],
    ['switches turned', { confirmWrites: true, dimCompleted: true, sitesEnabled: { imdb: false } }],
    ['garbage per field', { confirmWrites: 'yes', sitesEnabled: { tmdb: 0, mal: false }, listBadges: [] }],
    ['a list badge off', { listBadges: { trakt: false, unknownSite: false } }],
  ])('read %s exactly as the full settings read those fields', (_, raw) => {
    expect(readPageSettings(raw)).toEqual(pageFields(normaliseSettings(raw)));
  });

  it('keep what the user turned and repair the rest', () => {
    const read = readPageSettings({
      confirmWrites: 1,
      dimCompleted: true,
      sitesEnabled: { netflix: false, imdb: 'off' },
    });
    expect(read.confirmWrites).toBe(false);
    expect(read.dimCompleted).toBe(true);
    expect(read.sitesEnabled.netflix).toBe(false);
    expect(read.sitesEnabled.imdb).toBe(true);
    // Only the page's fields: a page script never sees the sign-in or sync preferences.
    expect(Object.keys(read).sort()).toEqual(['confirmWrites', 'dimCompleted', 'listBadges', 'sitesEnabled']);
  });

  it('tell listeners about a change of the settings until they unsubscribe', async () => {
    const listener = vi.fn();
    const stop = onStoredSettingsChange(readPageSettings, listener);
    await updateSettings({ sitesEnabled: { ...DEFAULT_SETTINGS.sitesEnabled, mal: false } });
    await vi.waitFor(() => expect(listener).toHaveBeenCalledTimes(1));
    expect(listener.mock.calls[0]?.[0].sitesEnabled.mal).toBe(false);
    expect(listener.mock.calls[0]?.[1].sitesEnabled.mal).toBe(true);
    stop();
    await updateSettings({ dimCompleted: true });
    await fakeBrowser.storage.local.set({ unrelated: 1 });
    expect(listener).toHaveBeenCalledTimes(1);
    const stored = await fakeBrowser.storage.local.get(SETTINGS_KEY);
    expect(readPageSettings(stored[SETTINGS_KEY]).dimCompleted).toBe(true);
  });
});
