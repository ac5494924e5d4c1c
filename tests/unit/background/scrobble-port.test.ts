/**
 * The player's port: whatever fails while a message or a disconnect is handled is caught and said on
 * the console with which playback it was; nothing becomes an unhandled rejection (vitest fails a run
 * that has one).
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { acceptPlayerPorts } from '../../../lib/background/scrobble/scrobble-port';
import type { Scrobbler } from '../../../lib/background/scrobble/scrobbler';
import { type PlayerMessage, SCROBBLE_PORT } from '../../../lib/messaging';
import { playerSays } from './scrobbler-under-test';

type Listener = (...args: unknown[]) => void;

const RULES = { extensionId: 'ext', extensionOrigin: 'chrome-extension://ext' };
const STOP: PlayerMessage = playerSays('stop', 96);

let connect: Listener | undefined;

/** A port from our content script in Netflix tab 4, whose events the test fires. */
function playerPort(url = 'https://www.netflix.com/watch/70216940') {
  const heard: Record<'message' | 'disconnect', Listener[]> = { message: [], disconnect: [] };
  const tab = { id: 4, index: 0, highlighted: false, active: true, pinned: false, incognito: false };
  return {
    name: SCROBBLE_PORT,
    sender: { id: 'ext', url, tab },
    onMessage: { addListener: (listener: Listener) => heard.message.push(listener) },
    onDisconnect: { addListener: (listener: Listener) => heard.disconnect.push(listener) },
    postMessage: vi.fn(),
    disconnect: vi.fn(),
    fire(event: 'message' | 'disconnect', data?: unknown) {
      for (const listener of heard[event]) listener(data);
    },
  };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

beforeEach(() => {
  connect = undefined;
  Object.assign(fakeBrowser.runtime, {
    onConnect: { addListener: (listener: Listener) => (connect = listener) },
  });
});

afterEach(() => {
  vi.restoreAllMocks();
});

describe('the player port', () => {
  it('catches and says a failed message and a failed disconnect', async () => {
    const errors = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const failing = {
      message: () => Promise.reject(new Error('IndexedDB is gone')),
      disconnected: () => Promise.reject(new Error('IndexedDB is gone')),
    };
    acceptPlayerPorts(failing as unknown as Scrobbler, RULES);
    const port = playerPort();
    connect?.(port);
    port.fire('message', STOP);
    port.fire('disconnect');
    await settle();
    expect(errors).toHaveBeenCalledTimes(2);
    expect(errors).toHaveBeenCalledWith(
      "Simkl: could not handle a player's stop",
      expect.objectContaining({ tabId: 4, title: 'Game of Thrones', season: 1, episode: 3, progress: 96 }),
      expect.any(Error),
    );
    expect(errors).toHaveBeenCalledWith(
      'Simkl: could not stop a closed player',
      expect.objectContaining({ tabId: 4 }),
      expect.any(Error),
    );
    expect(port.postMessage).not.toHaveBeenCalled();
  });

  it("tells the player when the playback is ignored (Don't track this)", async () => {
    const ignoring = { message: async () => true, disconnected: async () => undefined };
    acceptPlayerPorts(ignoring as unknown as Scrobbler, RULES);
    const port = playerPort();
    connect?.(port);
    port.fire('message', STOP);
    await settle();
    expect(port.postMessage).toHaveBeenCalledWith({ ignored: true });
  });

  it('takes a self-hosted player’s messages only from an address added for its service, and refuses other tabs', async () => {
    const heard = vi.fn(async () => false);
    const serverServiceAt = vi.fn(async (url: string) =>
      new URL(url).origin === 'http://192.168.1.20:32400' ? ('plex' as const) : null,
    );
    acceptPlayerPorts(
      { message: heard, disconnected: async () => undefined } as unknown as Scrobbler,
      RULES,
      serverServiceAt,
    );
    const plexStop: PlayerMessage = {
      ...STOP,
      service: 'plex',
      key: '5012',
      media: {
        site: 'plex',
        kind: 'episode',
        ids: {},
        show: { ids: { tvdb: '81189' }, title: 'Breaking Bad' },
        season: 1,
        episode: 3,
      },
    };
    const port = playerPort('http://192.168.1.20:32400/web/index.html');
    connect?.(port);
    port.fire('message', plexStop);
    // Netflix's message from the Plex server is not Netflix's page.
    port.fire('message', STOP);
    await settle();
    expect(heard).toHaveBeenCalledTimes(1);
    expect(heard).toHaveBeenCalledWith(4, expect.objectContaining({ service: 'plex', key: '5012' }));
    expect(port.disconnect).not.toHaveBeenCalled();
    // Another port of the same host is another server (not added): refused.
    const other = playerPort('http://192.168.1.20:8096/web/index.html');
    connect?.(other);
    other.fire('message', { ...plexStop });
    await settle();
    expect(other.disconnect).toHaveBeenCalled();
    expect(heard).toHaveBeenCalledTimes(1);
  });
});
