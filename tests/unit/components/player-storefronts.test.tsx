/**
 * Prime Video's other Amazon storefronts under its switch (docs/architecture.md, Player-only services):
 * shown once the switch is on, one checkbox per storefront labelled with its host, each asking the
 * browser for its own host alone from the click; a refusal leaves it off and says so; turning one off,
 * or the Prime Video switch off, gives the access back.
 */
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { PlayerServiceSwitch } from '../../../components/PlayerServiceSwitch';
import { SETTINGS_KEY, type Settings, updateSettings } from '../../../lib/store/settings';
import { settle, stubI18n } from '../page/helpers';
import { showSection } from './settings-section';

const PRIME = ['https://www.primevideo.com/*', 'https://www.amazon.com/*'];
const DE = 'https://www.amazon.de/*';

/** The browser's optional permissions, origin by origin: what was asked, what was given back. */
const access = {
  granted: new Set<string>(),
  refuse: false,
  requested: [] as string[][],
  released: [] as string[][],
};

function fakePermissions(): void {
  Object.assign(fakeBrowser.permissions, {
    contains: vi.fn(async ({ origins }: { origins: string[] }) =>
      origins.every((o) => access.granted.has(o)),
    ),
    request: vi.fn(({ origins }: { origins: string[] }) => {
      access.requested.push(origins);
      if (!access.refuse) for (const origin of origins) access.granted.add(origin);
      return Promise.resolve(!access.refuse);
    }),
    remove: vi.fn(async ({ origins }: { origins: string[] }) => {
      access.released.push(origins);
      for (const origin of origins) access.granted.delete(origin);
      return true;
    }),
  });
}

let root: HTMLElement;

beforeEach(() => {
  stubI18n();
  Object.assign(access, { granted: new Set(), refuse: false, requested: [], released: [] });
  fakePermissions();
  root = document.createElement('div');
  document.body.replaceChildren(root);
});

afterEach(() => render(null, root));

const show = () =>
  showSection(root, (settings, update) => (
    <PlayerServiceSwitch service="primevideo" settings={settings} update={update} />
  ));

/** Prime Video on: its switch turned on and its two hosts granted. */
async function primeOn() {
  for (const origin of PRIME) access.granted.add(origin);
  await updateSettings({ trackServices: { primevideo: true } });
}

const prime = () => root.querySelector<HTMLInputElement>('input[data-service="primevideo"]');
const box = (host: string) => root.querySelector<HTMLInputElement>(`input[data-storefront="${host}"]`);
const boxes = () => [...root.querySelectorAll<HTMLInputElement>('input[data-storefront]')];
const stored = async () => (await fakeBrowser.storage.local.get(SETTINGS_KEY))[SETTINGS_KEY] as Settings;
const click = async (input: HTMLInputElement | null) => {
  await act(() => input?.click());
  await settle();
};

describe("Prime Video's other storefronts", () => {
  it('are not offered while the Prime Video switch is off', async () => {
    await show();
    expect(root.querySelector('[data-storefronts]')).toBeNull();
  });

  it('are offered once it is on: "Also on Amazon\'s other storefronts", one box per host, each off', async () => {
    await primeOn();
    await show();
    expect(root.querySelector('[data-storefronts] legend')?.textContent).toBe(
      "Also on Amazon's other storefronts",
    );
    expect(boxes().map((input) => input.closest('label')?.textContent)).toEqual([
      'www.amazon.co.uk',
      'www.amazon.de',
      'www.amazon.co.jp',
      'www.amazon.com.au',
    ]);
    expect(boxes().every((input) => !input.checked)).toBe(true);
  });

  it('asks the browser for that storefront alone from the click, and turns it on once granted', async () => {
    await primeOn();
    await show();
    await click(box('www.amazon.de'));
    expect(access.requested).toEqual([[DE]]);
    expect((await stored()).storefronts).toEqual({ primevideo: ['www.amazon.de'] });
    expect(box('www.amazon.de')?.checked).toBe(true);
    expect(box('www.amazon.co.uk')?.checked).toBe(false);
  });

  it('stays off and says so when the browser refuses', async () => {
    await primeOn();
    access.refuse = true;
    await show();
    await click(box('www.amazon.de'));
    expect(box('www.amazon.de')?.checked).toBe(false);
    expect((await stored()).storefronts.primevideo).toBeUndefined();
    expect(root.querySelector('p[data-storefront="www.amazon.de"]')?.textContent).toBe(
      'Your browser did not give access to www.amazon.de, so it stays off.',
    );
  });

  it("turned off, gives that storefront's host back and keeps the others", async () => {
    await primeOn();
    access.granted.add(DE).add('https://www.amazon.co.jp/*');
    await updateSettings({ storefronts: { primevideo: ['www.amazon.de', 'www.amazon.co.jp'] } });
    await show();
    await click(box('www.amazon.de'));
    expect(access.released).toEqual([[DE]]);
    expect((await stored()).storefronts).toEqual({ primevideo: ['www.amazon.co.jp'] });
    expect(box('www.amazon.de')?.checked).toBe(false);
    expect(box('www.amazon.co.jp')?.checked).toBe(true);
  });

  it('shows a storefront off, with why, when its access was withdrawn in the browser', async () => {
    await primeOn();
    await updateSettings({ storefronts: { primevideo: ['www.amazon.de'] } });
    await show();
    expect(box('www.amazon.de')?.checked).toBe(false);
    expect(root.querySelector('p[data-storefront="www.amazon.de"]')?.textContent).toContain('www.amazon.de');
  });

  it('go off with the Prime Video switch, which on again asks only for its own two hosts', async () => {
    await primeOn();
    access.granted.add(DE);
    await updateSettings({ storefronts: { primevideo: ['www.amazon.de'] } });
    await show();
    await click(prime());
    expect(access.released).toEqual([
      PRIME,
      [
        'https://www.amazon.co.uk/*',
        'https://www.amazon.de/*',
        'https://www.amazon.co.jp/*',
        'https://www.amazon.com.au/*',
      ],
    ]);
    expect(await stored()).toMatchObject({
      trackServices: { primevideo: false },
      storefronts: { primevideo: [] },
    });
    expect(root.querySelector('[data-storefronts]')).toBeNull();
    await click(prime());
    expect(access.requested).toEqual([PRIME]);
    expect(boxes().every((input) => !input.checked)).toBe(true);
  });
});
