import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { App } from '../../../entrypoints/options/App';
import { dateTime } from '../../../lib/i18n';
import type { SyncView } from '../../../lib/messaging';
import { getSettings, SETTINGS_KEY } from '../../../lib/store/settings';
import { browserOffline } from '../helpers/browser-online';
import { type FakeBackground, fail, fakeBackground, settle, stubI18n } from '../page/helpers';

let root: HTMLElement;
let background: FakeBackground;
let sync: SyncView | ReturnType<typeof fail>;

beforeEach(() => {
  stubI18n();
  sync = { lastSyncAt: '2026-11-29T10:00:00Z' };
  background = fakeBackground({
    account: () => ({ signedIn: true, mode: 'oauth2', user: { name: 'trinity' } }),
    syncNow: () => sync,
  });
  root = document.createElement('div');
  document.body.replaceChildren(root);
});

afterEach(() => render(null, root));

async function open() {
  await act(() => render(<App />, root));
  await settle(6);
}

const input = (selector: string) => root.querySelector<HTMLInputElement>(selector)!;

async function change(element: HTMLInputElement | HTMLSelectElement, value?: string) {
  await act(() => {
    if (element instanceof HTMLInputElement && (element.type === 'checkbox' || element.type === 'radio')) {
      element.checked = element.type === 'radio' ? true : !element.checked;
    } else if (value !== undefined) {
      element.value = value;
    }
    element.dispatchEvent(new Event('change', { bubbles: true }));
  });
  await settle();
}

describe('options', () => {
  it('shows the account and the stored settings', async () => {
    await fakeBrowser.storage.local.set({
      [SETTINGS_KEY]: { signInMode: 'pin', sitesEnabled: { mal: false } },
    });
    await open();
    expect(root.textContent).toContain('Signed in as trinity');
    expect(input('input[value="pin"]').checked).toBe(true);
    expect(input('[data-site="mal"]').checked).toBe(false);
    expect(input('[data-site="imdb"]').checked).toBe(true);
    expect(root.querySelectorAll('[data-site]')).toHaveLength(4);
    expect(root.textContent).toContain('Show the Simkl button on MyAnimeList');
  });

  it('switches a site off and on', async () => {
    await open();
    await change(input('[data-site="netflix"]'));
    expect((await getSettings()).sitesEnabled).toEqual({
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
    await change(input('[data-site="netflix"]'));
    expect((await getSettings()).sitesEnabled.netflix).toBe(true);
  });

  it('stores the sign-in mode and a client id override', async () => {
    await open();
    await change(input('input[value="oauth1"]'));
    await change(input('input[name="client-id"]'), '  my-client-id ');
    const settings = await getSettings();
    expect(settings.signInMode).toBe('oauth1');
    expect(settings.clientIdOverride).toBe('my-client-id');
  });

  it('stores behaviour switches and the sync interval', async () => {
    await open();
    await change(input('input[name="confirm-writes"]'));
    await change(input('input[name="badge"]'));
    await change(root.querySelector<HTMLSelectElement>('select[name="sync-interval"]')!, '60');
    const settings = await getSettings();
    expect(settings.confirmWrites).toBe(true);
    expect(settings.badgeEnabled).toBe(false);
    expect(settings.syncIntervalMinutes).toBe(60);
  });

  it('follows changes made elsewhere', async () => {
    await open();
    await act(() => fakeBrowser.storage.local.set({ [SETTINGS_KEY]: { sitesEnabled: { tmdb: false } } }));
    await settle();
    expect(input('[data-site="tmdb"]').checked).toBe(false);
  });

  it('syncs now and shows the last sync time', async () => {
    await open();
    expect(root.querySelector('[data-testid="last-sync"]')).toBeNull();
    await act(() => root.querySelector<HTMLButtonElement>('[data-action="sync-now"]')!.click());
    await settle();
    expect(background.callsOf('syncNow')).toHaveLength(1);
    expect(root.querySelector('[data-testid="last-sync"]')?.textContent).toBe(
      `Last sync: ${dateTime('2026-11-29T10:00:00Z')}`,
    );
  });

  it('says why a sync failed', async () => {
    browserOffline();
    sync = fail('offline');
    await open();
    await act(() => root.querySelector<HTMLButtonElement>('[data-action="sync-now"]')!.click());
    await settle();
    expect(root.querySelector('[role="alert"]')?.textContent).toBe("Couldn't sync: You're offline.");
  });

  it('says a failed sync is Simkl failing, not the user offline, and when it is tried again', async () => {
    sync = {
      lastSyncAt: '2026-11-29T10:00:00Z',
      lastError: { kind: 'server', message: 'HTTP 503' },
      nextSyncAt: '2026-11-29T10:30:00Z',
    };
    await open();
    await act(() => root.querySelector<HTMLButtonElement>('[data-action="sync-now"]')!.click());
    await settle();
    const alert = root.querySelector('[role="alert"]')?.textContent;
    expect(alert).toBe(
      `Couldn't sync: Simkl is having trouble right now. Next try: ${dateTime('2026-11-29T10:30:00Z')}.`,
    );
    expect(root.querySelector<HTMLButtonElement>('[data-action="sync-now"]')?.textContent).toBe('Sync now');
  });
});
