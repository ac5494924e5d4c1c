import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  DEFAULT_SETTINGS,
  getSettings,
  normaliseSettings,
  onSettingsChange,
  SETTINGS_KEY,
  updateSettings,
} from '../../../lib/store/settings';

describe('settings', () => {
  it('starts from the typed defaults', async () => {
    expect(await getSettings()).toEqual({
      signInMode: 'oauth2',
      clientIdOverride: '',
      sitesEnabled: {
        imdb: true,
        tmdb: true,
        mal: true,
        netflix: true,
        letterboxd: true,
        trakt: true,
        anidb: true,
        tvdb: true,
        animeplanet: true,
        anilist: true,
        livechart: true,
        kitsu: true,
        crunchyroll: true,
      },
      confirmWrites: false,
      syncIntervalMinutes: 30,
      badgeEnabled: true,
      listBadges: {
        imdb: true,
        tmdb: true,
        mal: true,
        netflix: true,
        letterboxd: true,
        trakt: true,
        anidb: true,
        tvdb: true,
        animeplanet: true,
        anilist: true,
        livechart: true,
        kitsu: true,
        crunchyroll: true,
      },
      dimCompleted: false,
      trackNetflix: 'ask',
      badgeCounts: 'episodes',
      trackServices: {},
      storefronts: {},
      watchedAtPercent: 80,
    });
  });

  it("merges a service's storefronts service by service, each host once, and drops what is no host name", async () => {
    await updateSettings({ storefronts: { primevideo: ['www.amazon.de', 'www.amazon.de'] } });
    await updateSettings({ trackServices: { primevideo: true } });
    expect((await getSettings()).storefronts).toEqual({ primevideo: ['www.amazon.de'] });
    expect(
      normaliseSettings({ storefronts: { primevideo: ['www.amazon.de', 7, null], max: 'x' } }).storefronts,
    ).toEqual({ primevideo: ['www.amazon.de'], max: [] });
    expect(normaliseSettings({ storefronts: ['www.amazon.de'] }).storefronts).toEqual({});
  });

  it('reads an older badge switch as the count, and keeps the switch working', async () => {
    expect(normaliseSettings({ badgeEnabled: false })).toMatchObject({
      badgeCounts: 'off',
      badgeEnabled: false,
    });
    expect(normaliseSettings({ badgeCounts: 'shows' })).toMatchObject({
      badgeCounts: 'shows',
      badgeEnabled: true,
    });
    await updateSettings({ badgeCounts: 'shows' });
    expect((await updateSettings({ badgeEnabled: false })).badgeCounts).toBe('off');
    expect((await updateSettings({ badgeEnabled: true })).badgeCounts).toBe('episodes');
  });

  it('merges the list badges site by site, and keeps the dim switch', async () => {
    await updateSettings({
      listBadges: { mal: false } as typeof DEFAULT_SETTINGS.listBadges,
      dimCompleted: true,
    });
    await updateSettings({ listBadges: { tmdb: false } as typeof DEFAULT_SETTINGS.listBadges });
    const settings = await getSettings();
    expect(settings.listBadges).toEqual({
      imdb: true,
      tmdb: false,
      mal: false,
      netflix: true,
      letterboxd: true,
      anidb: true,
      tvdb: true,
      animeplanet: true,
      trakt: true,
      anilist: true,
      livechart: true,
      kitsu: true,
      crunchyroll: true,
    });
    expect(settings.dimCompleted).toBe(true);
  });

  it('keeps only a known answer to Track Netflix playback', async () => {
    expect((await updateSettings({ trackNetflix: 'on' })).trackNetflix).toBe('on');
    expect((await updateSettings({ trackNetflix: 'yes' as never })).trackNetflix).toBe('ask');
  });

  it('merges updates, site by site, into browser.storage.local', async () => {
    await updateSettings({
      signInMode: 'pin',
      sitesEnabled: { netflix: false } as typeof DEFAULT_SETTINGS.sitesEnabled,
    });
    await updateSettings({ confirmWrites: true });
    const settings = await getSettings();
    expect(settings.signInMode).toBe('pin');
    expect(settings.confirmWrites).toBe(true);
    expect(settings.sitesEnabled).toEqual({
      imdb: true,
      tmdb: true,
      mal: true,
      netflix: false,
      letterboxd: true,
      anidb: true,
      tvdb: true,
      animeplanet: true,
      trakt: true,
      anilist: true,
      livechart: true,
      kitsu: true,
      crunchyroll: true,
    });
    const stored = await fakeBrowser.storage.local.get(SETTINGS_KEY);
    expect(stored[SETTINGS_KEY]).toEqual(settings);
  });

  it('repairs garbage field by field', () => {
    expect(
      normaliseSettings({
        signInMode: 'magic',
        clientIdOverride: '  my-app  ',
        sitesEnabled: { imdb: 'yes', mal: false },
        confirmWrites: 1,
        syncIntervalMinutes: 1,
        badgeEnabled: null,
      }),
    ).toEqual({
      ...DEFAULT_SETTINGS,
      clientIdOverride: 'my-app',
      sitesEnabled: {
        imdb: true,
        tmdb: true,
        mal: false,
        netflix: true,
        letterboxd: true,
        trakt: true,
        anidb: true,
        tvdb: true,
        animeplanet: true,
        anilist: true,
        livechart: true,
        kitsu: true,
        crunchyroll: true,
      },
      syncIntervalMinutes: 5,
    });
    expect(normaliseSettings('nonsense')).toEqual(DEFAULT_SETTINGS);
    expect(normaliseSettings({ syncIntervalMinutes: 1e9 }).syncIntervalMinutes).toBe(1440);
  });

  it('tells listeners about changes until they unsubscribe', async () => {
    const listener = vi.fn();
    const stop = onSettingsChange(listener);
    await updateSettings({ badgeEnabled: false });
    await vi.waitFor(() => expect(listener).toHaveBeenCalledTimes(1));
    expect(listener.mock.calls[0]?.[0].badgeEnabled).toBe(false);
    expect(listener.mock.calls[0]?.[1].badgeEnabled).toBe(true);
    stop();
    await updateSettings({ badgeEnabled: true });
    await fakeBrowser.storage.local.set({ unrelated: 1 });
    expect(listener).toHaveBeenCalledTimes(1);
  });
});
