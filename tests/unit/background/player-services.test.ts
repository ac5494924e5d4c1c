/**
 * A player-only service's scripts follow BOTH its switch and its permission (docs/architecture.md,
 * Player-only services): registered only while the user's switch is on and the browser grants the hosts,
 * unregistered as soon as either is gone; a registration of other files or hosts is replaced.
 */
import { describe, expect, it } from 'vitest';
import type { HeldScript } from '../../../lib/background/optional-sites/registration';
import { playerServiceScripts } from '../../../lib/background/player-services/player-scripts';
import {
  createPlayerScriptRegistration,
  type PlayerScriptApis,
} from '../../../lib/background/player-services/registration';
import {
  hostPermission,
  PLAYER_PAGE_PATHS,
  PLAYER_STOREFRONT_HOSTS,
  playerOnlyServiceHosts,
} from '../../../lib/hosts';
import type { PlayerService } from '../../../lib/player/adapter';

/** Two services as their registries would list them: one in the page, one with a player frame elsewhere. */
const PAGES = { disneyplus: ['www.disneyplus.com'], primevideo: ['www.primevideo.com', 'www.amazon.com'] };
const FRAMES = { primevideo: ['player.example.net'] };
const scriptsOf = (service: PlayerService, storefronts: readonly string[] = []) =>
  playerServiceScripts(service, PAGES, FRAMES, storefronts);
const SERVICES: PlayerService[] = ['disneyplus', 'primevideo'];

function fakeBrowser(on: PlayerService[], granted: PlayerService[], held: HeldScript[] = []) {
  const state = {
    on,
    granted,
    /** Prime Video's storefronts turned on and granted. */
    storefronts: [] as string[],
    held: new Map(held.map((script) => [script.id, script])),
    registerCalls: 0,
  };
  const apis: PlayerScriptApis = {
    isOn: async (service) => state.on.includes(service),
    isGranted: async (service) => state.granted.includes(service),
    storefronts: async (service) => (service === 'primevideo' ? state.storefronts : []),
    registered: async (ids) => ids.flatMap((id) => state.held.get(id) ?? []),
    async register(scripts) {
      state.registerCalls++;
      await new Promise((resolve) => setTimeout(resolve, 5));
      for (const script of scripts) {
        if (state.held.has(script.id)) throw new Error(`Duplicate script id ${script.id}`);
        state.held.set(script.id, script);
      }
    },
    async unregister(ids) {
      for (const id of ids) state.held.delete(id);
    },
  };
  const reconcile = createPlayerScriptRegistration(apis, () => SERVICES, scriptsOf);
  return { state, reconcile, ids: () => [...state.held.keys()].sort() };
}

describe('player-only services: scripts follow the switch and the permission', () => {
  it("registers a service's player script on its own hosts, top frame, at document_start", () => {
    expect(scriptsOf('disneyplus')).toEqual([
      {
        id: 'disneyplus-player',
        js: ['content-scripts/disneyplus-player.js'],
        matches: ['https://www.disneyplus.com/*'],
        runAt: 'document_start',
        persistAcrossSessions: true,
      },
    ]);
  });

  it('adds the frame script in every frame of the frame hosts only, for a service whose video plays in another origin', () => {
    const [page, frame] = scriptsOf('primevideo');
    expect(page?.matches).toEqual(['https://www.primevideo.com/*', 'https://www.amazon.com/gp/video/*']);
    expect(page?.allFrames).toBeUndefined();
    expect(frame).toMatchObject({
      id: 'primevideo-player-frame',
      js: ['content-scripts/primevideo-player-frame.js'],
      matches: ['https://player.example.net/*'],
      allFrames: true,
    });
  });

  it("runs Prime Video's script on amazon.com's /gp/video/ pages only, never the shop's, under the host's permission", () => {
    const [page] = playerServiceScripts('primevideo');
    expect(page?.matches).toEqual(['https://www.primevideo.com/*', 'https://www.amazon.com/gp/video/*']);
    expect(playerOnlyServiceHosts('primevideo').map(hostPermission)).toEqual([
      'https://www.primevideo.com/*',
      'https://www.amazon.com/*',
    ]);
  });

  it("runs Prime Video's script on each storefront's /gp/video/ pages only, never its shop's, under the storefront's own permission", () => {
    for (const host of PLAYER_STOREFRONT_HOSTS.primevideo ?? []) {
      const [page] = playerServiceScripts('primevideo', undefined, undefined, [host]);
      expect(page?.matches).toContain(`https://${host}/gp/video/*`);
      expect(page?.matches).not.toContain(hostPermission(host));
    }
    // A storefront is a shop with a player's pages: one with no player's path would run on the whole shop.
    for (const [service, hosts] of Object.entries(PLAYER_STOREFRONT_HOSTS))
      for (const host of hosts) expect(PLAYER_PAGE_PATHS[service]?.[host], host).toBeTruthy();
  });

  it('registers nothing while the switch is on but the hosts are not granted, nor granted hosts with the switch off', async () => {
    const browser = fakeBrowser(['disneyplus'], ['primevideo']);
    await browser.reconcile();
    expect(browser.ids()).toEqual([]);
  });

  it('registers once both hold, and unregisters when the switch goes off or the access is withdrawn', async () => {
    const browser = fakeBrowser(['disneyplus', 'primevideo'], ['disneyplus', 'primevideo']);
    await browser.reconcile();
    expect(browser.ids()).toEqual(['disneyplus-player', 'primevideo-player', 'primevideo-player-frame']);
    browser.state.on = ['primevideo'];
    await browser.reconcile();
    expect(browser.ids()).toEqual(['primevideo-player', 'primevideo-player-frame']);
    browser.state.granted = [];
    await browser.reconcile();
    expect(browser.ids()).toEqual([]);
  });

  it('replaces a registration made with other hosts, and leaves a current one alone', async () => {
    const old = { ...(scriptsOf('disneyplus')[0] as HeldScript), matches: ['https://disneyplus.com/*'] };
    const browser = fakeBrowser(['disneyplus'], ['disneyplus'], [old]);
    await browser.reconcile();
    expect(browser.state.held.get('disneyplus-player')?.matches).toEqual(['https://www.disneyplus.com/*']);
    const calls = browser.state.registerCalls;
    await browser.reconcile();
    expect(browser.state.registerCalls).toBe(calls);
  });

  it("adds a storefront turned on and granted to Prime Video's one registration, its /gp/video/ pages only", async () => {
    const browser = fakeBrowser(['primevideo'], ['primevideo']);
    await browser.reconcile();
    browser.state.storefronts = ['www.amazon.de'];
    await browser.reconcile();
    expect(browser.ids()).toEqual(['primevideo-player', 'primevideo-player-frame']);
    expect(browser.state.held.get('primevideo-player')?.matches).toEqual([
      'https://www.primevideo.com/*',
      'https://www.amazon.com/gp/video/*',
      'https://www.amazon.de/gp/video/*',
    ]);
    // Turned off, or its access withdrawn: the registration goes back to the service's own hosts.
    browser.state.storefronts = [];
    await browser.reconcile();
    expect(browser.state.held.get('primevideo-player')?.matches).toEqual([
      'https://www.primevideo.com/*',
      'https://www.amazon.com/gp/video/*',
    ]);
  });

  it("registers no storefront while Prime Video's own switch is off or its hosts withdrawn", async () => {
    const browser = fakeBrowser([], ['primevideo']);
    browser.state.storefronts = ['www.amazon.de', 'www.amazon.co.jp'];
    await browser.reconcile();
    expect(browser.ids()).toEqual([]);
    browser.state.on = ['primevideo'];
    browser.state.granted = [];
    await browser.reconcile();
    expect(browser.ids()).toEqual([]);
  });

  it('never registers an id twice when start-up and a permission change reconcile at once', async () => {
    const browser = fakeBrowser(['disneyplus'], ['disneyplus']);
    await Promise.all([browser.reconcile(), browser.reconcile(), browser.reconcile()]);
    expect(browser.ids()).toEqual(['disneyplus-player']);
    expect(browser.state.registerCalls).toBe(1);
  });
});
