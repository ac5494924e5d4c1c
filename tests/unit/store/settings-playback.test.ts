import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  getSettings,
  SETTINGS_KEY,
  trackingOf,
  trackingPatch,
  updateSettings,
} from '../../../lib/store/settings';

describe('the playback settings', () => {
  it('tracks no service until the user says Yes or turns it on, one by one; a No stays off', async () => {
    const before = await getSettings();
    expect(trackingOf(before, 'disneyplus')).toBe('ask');
    const after = await updateSettings(trackingPatch(before, 'disneyplus', true));
    expect(trackingOf(after, 'disneyplus')).toBe('on');
    expect(trackingOf(after, 'hulu')).toBe('ask');
    const declined = await updateSettings(trackingPatch(after, 'hulu', false));
    expect(trackingOf(declined, 'hulu')).toBe('off');
  });

  it("reads and sets Netflix's switch where the user's answer already is (trackNetflix)", async () => {
    await fakeBrowser.storage.local.set({ [SETTINGS_KEY]: { trackNetflix: 'on' } });
    const stored = await getSettings();
    expect(trackingOf(stored, 'netflix')).toBe('on');
    expect(trackingPatch(stored, 'netflix', false)).toEqual({ trackNetflix: 'off' });
    expect(trackingOf(await getSettings(), 'netflix')).toBe('on');
  });

  it('keeps "Mark as watched at" between 70 and 95 %, 80 % when missing or not a number', async () => {
    expect((await getSettings()).watchedAtPercent).toBe(80);
    expect((await updateSettings({ watchedAtPercent: 90 })).watchedAtPercent).toBe(90);
    expect((await updateSettings({ watchedAtPercent: 40 })).watchedAtPercent).toBe(70);
    expect((await updateSettings({ watchedAtPercent: 100 })).watchedAtPercent).toBe(95);
    expect((await updateSettings({ watchedAtPercent: Number.NaN })).watchedAtPercent).toBe(80);
  });

  it('ignores a stored switch that is not a yes or no', async () => {
    await fakeBrowser.storage.local.set({ [SETTINGS_KEY]: { trackServices: { hulu: 'yes', max: true } } });
    const stored = await getSettings();
    expect(trackingOf(stored, 'hulu')).toBe('ask');
    expect(trackingOf(stored, 'max')).toBe('on');
    expect(stored.trackServices).toEqual({ max: true });
  });
});
