import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { PlaybackSettings } from '../../../components/PlaybackSettings';
import { getSettings, SETTINGS_KEY, type Settings, updateSettings } from '../../../lib/store/settings';
import { settle, stubI18n } from '../page/helpers';

let root: HTMLElement;

beforeEach(() => {
  stubI18n();
  root = document.createElement('div');
  document.body.replaceChildren(root);
});

afterEach(() => render(null, root));

async function show() {
  const update = async (patch: Partial<Settings>) => {
    const next = await updateSettings(patch);
    render(<PlaybackSettings settings={next} update={update} />, root);
  };
  await act(async () => render(<PlaybackSettings settings={await getSettings()} update={update} />, root));
}

describe('the options’ playback section', () => {
  it('lists the services under "Track playback on", Netflix with its own words', async () => {
    await show();
    expect(root.querySelector('h2')?.textContent).toBe('Track playback on');
    const netflix = root.querySelector<HTMLInputElement>('[data-service="netflix"]');
    expect(netflix?.closest('label')?.textContent).toBe('Track Netflix playback');
    expect(netflix?.checked).toBe(false);
  });

  it('offers Crunchyroll its switch, off until turned on, with the label the other services have', async () => {
    await show();
    const crunchyroll = root.querySelector<HTMLInputElement>('[data-service="crunchyroll"]');
    expect(crunchyroll?.closest('label')?.textContent).toBe('Track Crunchyroll playback');
    expect(crunchyroll?.checked).toBe(false);
    await act(() => {
      crunchyroll?.click();
    });
    await settle();
    const stored = (await fakeBrowser.storage.local.get(SETTINGS_KEY))[SETTINGS_KEY];
    expect(stored).toMatchObject({ trackServices: { crunchyroll: true } });
  });

  it('turns Netflix on from its switch, and moves "Mark as watched at" to 90 %', async () => {
    await show();
    await act(() => {
      root.querySelector<HTMLInputElement>('[data-service="netflix"]')?.click();
    });
    await settle();
    const select = root.querySelector<HTMLSelectElement>('select[name="watched-at"]');
    expect(select?.closest('label')?.textContent).toContain('Mark as watched at');
    expect([...(select?.options ?? [])].map((option) => option.value)).toEqual([
      '70',
      '75',
      '80',
      '85',
      '90',
      '95',
    ]);
    expect(select?.value).toBe('80');
    await act(() => {
      if (!select) return;
      select.value = '90';
      select.dispatchEvent(new Event('change', { bubbles: true }));
    });
    await settle();
    const stored = (await fakeBrowser.storage.local.get(SETTINGS_KEY))[SETTINGS_KEY];
    expect(stored).toMatchObject({ trackNetflix: 'on', watchedAtPercent: 90 });
  });
});
