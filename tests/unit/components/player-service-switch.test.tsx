/**
 * A player-only service's switch under "Track playback on" (docs/architecture.md, Player-only services):
 * turning it on asks the browser for the service's hosts from the click and is on only once granted;
 * turning it off writes the switch off and gives the hosts back; access withdrawn in the browser's own
 * UI shows the switch off, with why.
 */
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { PlayerServiceSwitch } from '../../../components/PlayerServiceSwitch';
import { SETTINGS_KEY, type Settings, updateSettings } from '../../../lib/store/settings';
import { settle, stubI18n } from '../page/helpers';
import { showSection } from './settings-section';

/**
 * The browser's optional permissions as the switch meets them (lib/site-access/player-services.ts): the
 * fake browser's own methods replaced, not the module mocked, as unit files share their modules
 * (docs/architecture.md, Tests).
 */
const access = { granted: false, answer: true, requested: [] as string[], released: [] as string[] };
const DISNEY_ORIGINS = ['https://www.disneyplus.com/*'];
const serviceOf = (origins: string[]) =>
  JSON.stringify(origins) === JSON.stringify(DISNEY_ORIGINS) ? 'disneyplus' : origins.join(' ');

function fakePermissions(): void {
  Object.assign(fakeBrowser.permissions, {
    contains: vi.fn(async () => access.granted),
    request: vi.fn(({ origins }: { origins: string[] }) => {
      access.requested.push(serviceOf(origins));
      access.granted = access.answer;
      return Promise.resolve(access.answer);
    }),
    remove: vi.fn(async ({ origins }: { origins: string[] }) => {
      access.released.push(serviceOf(origins));
      access.granted = false;
      return true;
    }),
  });
}

let root: HTMLElement;

beforeEach(() => {
  stubI18n();
  Object.assign(access, { granted: false, answer: true, requested: [], released: [] });
  fakePermissions();
  root = document.createElement('div');
  document.body.replaceChildren(root);
});

afterEach(() => render(null, root));

const show = () =>
  showSection(root, (settings, update) => (
    <PlayerServiceSwitch service="disneyplus" settings={settings} update={update} />
  ));

const box = () => root.querySelector<HTMLInputElement>('[data-service="disneyplus"]');
const stored = async () => (await fakeBrowser.storage.local.get(SETTINGS_KEY))[SETTINGS_KEY] as Settings;

describe("a player-only service's switch", () => {
  it('says "Track Disney+ playback", off until turned on', async () => {
    await show();
    expect(box()?.closest('label')?.textContent).toBe('Track Disney+ playback');
    expect(box()?.checked).toBe(false);
  });

  it('asks the browser for the hosts from the click, and turns on once granted', async () => {
    await show();
    await act(() => box()?.click());
    expect(access.requested).toEqual(['disneyplus']);
    await settle();
    expect((await stored()).trackServices).toEqual({ disneyplus: true });
    expect(box()?.checked).toBe(true);
  });

  it('stays off and says so when the browser refuses', async () => {
    access.answer = false;
    await show();
    await act(() => box()?.click());
    await settle();
    expect((await stored())?.trackServices?.disneyplus).toBeUndefined();
    expect(box()?.checked).toBe(false);
    expect(root.querySelector('[data-answer="denied"]')?.textContent).toBe(
      'Your browser did not give access to Disney+, so it stays off.',
    );
  });

  it('turning it off writes the switch off and gives the hosts back', async () => {
    access.granted = true;
    await updateSettings({ trackServices: { disneyplus: true } });
    await show();
    expect(box()?.checked).toBe(true);
    await act(() => box()?.click());
    await settle();
    expect((await stored()).trackServices).toEqual({ disneyplus: false });
    expect(access.released).toEqual(['disneyplus']);
    expect(box()?.checked).toBe(false);
  });

  it('shows the switch off, with why, when the access was withdrawn in the browser', async () => {
    await updateSettings({ trackServices: { disneyplus: true } });
    await show();
    expect(box()?.checked).toBe(false);
    expect(root.querySelector('[data-answer="denied"]')?.textContent).toContain('Disney+');
  });
});
