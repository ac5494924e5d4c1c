import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { SelfHostedServers } from '../../../components/SelfHostedServers';
import { storedServers } from '../../../lib/site-access/self-hosted-servers';
import { getSettings, trackingOf } from '../../../lib/store/settings';
import { settle, stubI18n } from '../page/helpers';

const PLEX_PATTERN = 'https://plex.home.arpa/*';

/** The browser's optional permissions in memory: what it holds and what it answers a request. */
function fakePermissions(answer: boolean) {
  const granted = new Set<string>();
  const listeners = new Set<() => void>();
  const event = {
    addListener: (fn: () => void) => listeners.add(fn),
    removeListener: (fn: () => void) => listeners.delete(fn),
  };
  const fire = () => {
    for (const listener of listeners) listener();
  };
  const api = {
    contains: vi.fn(async ({ origins }: { origins: string[] }) => origins.every((o) => granted.has(o))),
    request: vi.fn(async ({ origins }: { origins: string[] }) => {
      if (answer) for (const origin of origins) granted.add(origin);
      if (answer) fire();
      return answer;
    }),
    remove: vi.fn(async ({ origins }: { origins: string[] }) => {
      for (const origin of origins) granted.delete(origin);
      fire();
      return true;
    }),
    onAdded: event,
    onRemoved: event,
  };
  Object.assign(fakeBrowser.permissions, api);
  return api;
}

let root: HTMLElement;
beforeEach(() => {
  fakeBrowser.reset();
  stubI18n();
  root = document.createElement('div');
  document.body.replaceChildren(root);
});
afterEach(() => render(null, root));

async function addAddress(service: 'plex' | 'jellyfin', typed: string) {
  const select = root.querySelector<HTMLSelectElement>('select[data-server-service]')!;
  const input = root.querySelector<HTMLInputElement>('input[data-server-address]')!;
  await act(() => {
    select.value = service;
    select.dispatchEvent(new Event('change'));
    input.value = typed;
    input.dispatchEvent(new Event('input'));
  });
  await act(() => root.querySelector<HTMLButtonElement>('button[type="submit"]')!.click());
}

describe('the options’ own Plex, Jellyfin and Emby servers', () => {
  it('asks the browser for exactly the typed server from the click, then lists it with Remove', async () => {
    const api = fakePermissions(true);
    await act(() => render(<SelfHostedServers />, root));
    await settle();
    expect(root.textContent).toContain('Your Plex, Jellyfin or Emby server');
    expect(root.querySelector('button[type="submit"]')?.textContent).toBe(
      'Add your Plex, Jellyfin or Emby address',
    );
    await addAddress('plex', 'https://plex.home.arpa:32400');
    // Within the click: nothing awaited before the request (browsers ask only from the gesture).
    expect(api.request).toHaveBeenCalledWith({ origins: [PLEX_PATTERN] });
    await settle();
    expect(await storedServers()).toEqual([{ service: 'plex', origin: 'https://plex.home.arpa:32400' }]);
    const row = root.querySelector('[data-server="https://plex.home.arpa:32400"]');
    expect(row?.textContent).toBe('Plex · https://plex.home.arpa:32400 Remove');
    // Adding the address is the Yes to tracking Plex there.
    expect(trackingOf(await getSettings(), 'plex')).toBe('on');
  });

  it('refuses an address with a path, or not http(s), saying why, and asks the browser nothing', async () => {
    const api = fakePermissions(true);
    await act(() => render(<SelfHostedServers />, root));
    await settle();
    await addAddress('jellyfin', 'https://jellyfin.home.arpa:8096/web/index.html');
    expect(root.querySelector('[data-answer="problem"]')?.textContent).toBe(
      'Type the address only, without a path: like https://plex.example.com:32400.',
    );
    await addAddress('jellyfin', 'ftp://jellyfin.home.arpa');
    expect(root.querySelector('[data-answer="problem"]')?.textContent).toBe(
      'Only http:// and https:// addresses can be added.',
    );
    expect(api.request).not.toHaveBeenCalled();
    expect(await storedServers()).toEqual([]);
  });

  it('keeps nothing when the browser says no, and says so', async () => {
    fakePermissions(false);
    await act(() => render(<SelfHostedServers />, root));
    await settle();
    await addAddress('jellyfin', 'http://192.168.1.20:8096');
    await settle();
    expect(root.querySelector('[data-answer="denied"]')?.textContent).toBe(
      'Your browser did not give access to http://192.168.1.20:8096, so it was not added.',
    );
    expect(await storedServers()).toEqual([]);
    expect(root.querySelector('[data-servers]')).toBeNull();
    expect(trackingOf(await getSettings(), 'jellyfin')).not.toBe('on');
  });

  it('Remove forgets the address and gives its access back', async () => {
    const api = fakePermissions(true);
    await act(() => render(<SelfHostedServers />, root));
    await settle();
    await addAddress('plex', 'https://plex.home.arpa:32400');
    await settle();
    await act(() => root.querySelector<HTMLButtonElement>('[data-server] button')!.click());
    await settle();
    expect(api.remove).toHaveBeenCalledWith({ origins: [PLEX_PATTERN] });
    expect(await storedServers()).toEqual([]);
    expect(root.querySelector('[data-servers]')).toBeNull();
  });
});
