import { describe, expect, it, vi } from 'vitest';
import {
  createServerRegistration,
  type HeldScript,
  type ServerRegistrationApis,
} from '../../../../lib/background/self-hosted/registration';
import { serverScripts } from '../../../../lib/background/self-hosted/server-scripts';
import { createServerSenders, serverServiceAt } from '../../../../lib/background/self-hosted/server-senders';
import type { SelfHostedServer } from '../../../../lib/site-access/self-hosted-servers';

const PLAYABLE = ['netflix', 'plex', 'jellyfin'] as const;
const PLEX: SelfHostedServer = { service: 'plex', origin: 'https://plex.home.arpa:32400' };
const JELLYFIN: SelfHostedServer = { service: 'jellyfin', origin: 'http://192.168.1.20:8096' };

function world(stored: SelfHostedServer[], granted: string[], held: HeldScript[] = []) {
  const state = { stored: [...stored], held: [...held] };
  const apis: ServerRegistrationApis = {
    playable: PLAYABLE,
    stored: async () => state.stored,
    isGranted: async (origin) => granted.includes(origin),
    keep: async (servers) => {
      state.stored = servers;
    },
    registered: async (ids) => state.held.filter((script) => ids.includes(script.id)),
    register: vi.fn(async (scripts) => {
      state.held.push(...(scripts as HeldScript[]));
    }),
    unregister: vi.fn(async (ids: string[]) => {
      state.held = state.held.filter((script) => !ids.includes(script.id));
    }),
  };
  return { state, apis, reconcile: createServerRegistration(apis) };
}

describe('the players’ scripts on the user’s own servers', () => {
  it('registers each service’s player on its granted addresses, at the host on every port', async () => {
    const { state, reconcile } = world([PLEX, JELLYFIN], [PLEX.origin, JELLYFIN.origin]);
    await reconcile();
    expect(state.held).toEqual([
      expect.objectContaining({
        id: 'plex-player-servers',
        js: ['content-scripts/plex-player.js'],
        matches: ['https://plex.home.arpa/*'],
      }),
      expect.objectContaining({
        id: 'jellyfin-player-servers',
        js: ['content-scripts/jellyfin-player.js'],
        matches: ['http://192.168.1.20/*'],
      }),
    ]);
  });

  it('forgets an address whose access was withdrawn and unregisters its script; keeps what is right as it is', async () => {
    const held = serverScripts([PLEX, JELLYFIN], PLAYABLE) as HeldScript[];
    const { state, apis, reconcile } = world([PLEX, JELLYFIN], [JELLYFIN.origin], held);
    await reconcile();
    expect(state.stored).toEqual([JELLYFIN]);
    expect(state.held.map((script) => script.id)).toEqual(['jellyfin-player-servers']);
    expect(apis.register).not.toHaveBeenCalled();
    await reconcile();
    expect(apis.unregister).toHaveBeenCalledTimes(1);
  });

  it('registers nothing for a service this build has no player for', () => {
    expect(serverScripts([PLEX, JELLYFIN], ['netflix', 'crunchyroll'])).toEqual([]);
  });

  it('replaces a registration whose addresses changed', async () => {
    const other: SelfHostedServer = { service: 'plex', origin: 'http://10.0.0.5:32400' };
    const { state, reconcile } = world(
      [PLEX, other],
      [PLEX.origin, other.origin],
      serverScripts([PLEX], PLAYABLE) as HeldScript[],
    );
    await reconcile();
    expect(state.held).toEqual([
      expect.objectContaining({ matches: ['http://10.0.0.5/*', 'https://plex.home.arpa/*'] }),
    ]);
  });
});

describe('which of the user’s servers a player’s tab is on', () => {
  it('is the exact origin, port included, of an address added for that service', () => {
    expect(serverServiceAt('https://plex.home.arpa:32400/web/index.html#!/', [PLEX, JELLYFIN])).toBe('plex');
    expect(serverServiceAt('http://192.168.1.20:8096/web/index.html#/video', [PLEX, JELLYFIN])).toBe(
      'jellyfin',
    );
    for (const url of [
      'https://plex.home.arpa/web/',
      'https://plex.home.arpa:8443/',
      'http://plex.home.arpa:32400/',
      'https://evil.example/',
      undefined,
      'not a url',
    ])
      expect(serverServiceAt(url, [PLEX, JELLYFIN]), String(url)).toBeNull();
  });

  it('reads the list once, and again after it changed', async () => {
    let listener: (changes: Record<string, unknown>) => void = () => {};
    const read = vi.fn(async () => [PLEX]);
    const serviceAt = createServerSenders(read, (next) => {
      listener = next;
    });
    expect(await serviceAt('https://plex.home.arpa:32400/web/')).toBe('plex');
    expect(await serviceAt('https://plex.home.arpa:32400/web/')).toBe('plex');
    expect(read).toHaveBeenCalledTimes(1);
    read.mockResolvedValueOnce([]);
    listener({ selfHostedServers: { newValue: [] } });
    expect(await serviceAt('https://plex.home.arpa:32400/web/')).toBeNull();
  });
});
