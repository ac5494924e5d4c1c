/**
 * Prime Video's storefronts in the background (docs/architecture.md, Player-only services): a storefront
 * the user turned on is in the service's registration while the browser grants its host, a stored name of
 * no storefront never is, and access withdrawn in the browser's own settings (permissions.onRemoved)
 * takes it out, as it does for the service's own hosts.
 */
import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { startPlayerServices } from '../../../lib/background/player-services/start-player-services';
import type { HeldScript } from '../../../lib/background/script-registry/registered-scripts';
import { playerTabOf } from '../../../lib/background/scrobble/scrobble-port';
import { PLAYER_SERVICE_HOSTS, PLAYER_STOREFRONT_HOSTS } from '../../../lib/hosts';
import { updateSettings } from '../../../lib/store/settings';
import { settle } from '../page/helpers';

/** The permissions' events, which the fake browser leaves unimplemented. */
const removed: Array<() => void> = [];

function fakeScripting(granted: Set<string>) {
  const held = new Map<string, HeldScript>();
  removed.length = 0;
  const event = (listeners: Array<() => void>) => ({
    addListener: (listener: () => void) => listeners.push(listener),
    removeListener: () => {},
  });
  Object.assign(fakeBrowser.permissions, {
    contains: async ({ origins }: { origins: string[] }) => origins.every((origin) => granted.has(origin)),
    onAdded: event([]),
    onRemoved: event(removed),
  });
  Object.assign(fakeBrowser, {
    scripting: {
      getRegisteredContentScripts: async ({ ids }: { ids: string[] }) =>
        ids.flatMap((id) => held.get(id) ?? []),
      registerContentScripts: async (scripts: HeldScript[]) => {
        for (const script of scripts) held.set(script.id, script);
      },
      unregisterContentScripts: async ({ ids }: { ids: string[] }) => {
        for (const id of ids) held.delete(id);
      },
    },
  });
  return held;
}

const primeMatches = (held: Map<string, HeldScript>) => held.get('primevideo-player')?.matches;

describe("Prime Video's storefronts, registered by the background", () => {
  it('adds a storefront turned on and granted, never a stored host of no storefront, and drops it once withdrawn', async () => {
    const granted = new Set([
      'https://www.primevideo.com/*',
      'https://www.amazon.com/*',
      'https://www.amazon.de/*',
      'https://www.example.com/*',
    ]);
    const held = fakeScripting(granted);
    await updateSettings({
      trackServices: { primevideo: true },
      storefronts: { primevideo: ['www.amazon.de', 'www.example.com', 'www.amazon.co.uk'] },
    });
    startPlayerServices();
    await settle();
    expect(primeMatches(held)).toEqual([
      'https://www.primevideo.com/*',
      'https://www.amazon.com/gp/video/*',
      'https://www.amazon.de/gp/video/*',
    ]);
    // Removed in the browser's own settings: the registration follows the permission.
    granted.delete('https://www.amazon.de/*');
    for (const listener of removed) listener();
    await settle();
    expect(primeMatches(held)).toEqual(['https://www.primevideo.com/*', 'https://www.amazon.com/gp/video/*']);
  });

  it("registers a storefront turned on in the options, and none once Prime Video's switch is off", async () => {
    const held = fakeScripting(
      new Set(['https://www.primevideo.com/*', 'https://www.amazon.com/*', 'https://www.amazon.co.jp/*']),
    );
    await updateSettings({ trackServices: { primevideo: true } });
    startPlayerServices();
    await settle();
    expect(primeMatches(held)).not.toContain('https://www.amazon.co.jp/gp/video/*');
    await updateSettings({ storefronts: { primevideo: ['www.amazon.co.jp'] } });
    await settle();
    expect(primeMatches(held)).toContain('https://www.amazon.co.jp/gp/video/*');
    await updateSettings({ trackServices: { primevideo: false } });
    await settle();
    expect(held.size).toBe(0);
  });

  it("accepts a storefront's tab as Prime Video's player, and only Prime Video's", () => {
    const tab = { id: 9, index: 0, highlighted: false, active: true, pinned: false, incognito: false };
    const rules = { extensionId: 'ext', extensionOrigin: 'chrome-extension://ext' };
    for (const host of PLAYER_STOREFRONT_HOSTS.primevideo ?? []) {
      const url = `https://${host}/gp/video/detail/amzn1.dv.gti.1/`;
      expect(playerTabOf({ id: 'ext', url, tab }, rules)).toEqual({ tabId: 9, host });
      expect(PLAYER_SERVICE_HOSTS.primevideo).toContain(host);
      expect(PLAYER_SERVICE_HOSTS.disneyplus).not.toContain(host);
    }
  });
});
