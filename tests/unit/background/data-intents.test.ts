import { describe, expect, it, vi } from 'vitest';
import { DATA_INTENTS, type IntentHandlers } from '../../../lib/background/intents/handler-types';
import { createRouter } from '../../../lib/background/intents/router';
import type { SenderInfo } from '../../../lib/background/intents/sender';
import { PROTOCOL_TAG } from '../../../lib/messaging';

const rules = { extensionId: 'our-id', extensionOrigin: 'moz-extension://our-uuid' };
const popup: SenderInfo = { id: rules.extensionId, url: 'moz-extension://our-uuid/popup.html' };
const netflixTab: SenderInfo = {
  id: rules.extensionId,
  url: 'https://www.netflix.com/watch/81649856',
  tab: { id: 9 },
};
const message = (intent: string, data: unknown) => ({ protocol: PROTOCOL_TAG, intent, data });
const stats = {
  images: { count: 0, bytes: 0 },
  calendar: { files: 0, entries: 0 },
  resolve: { entries: 0 },
  scores: { titles: 0 },
  catalogue: { titles: 0 },
};

function setup() {
  const poster = vi.fn(async (_data: { path: string }) => ({ dataUrl: 'data:image/webp;base64,AA==' }));
  const upcoming = vi.fn(async (_data: { days?: number }) => ({ signedIn: true, days: 7, entries: [] }));
  const handlers: IntentHandlers = {
    poster,
    upcoming,
    syncStatus: async () => ({}),
    cacheStats: async () => stats,
    clearCaches: async () => stats,
    exportData: vi.fn(),
  };
  return { route: createRouter(handlers, rules), poster, upcoming };
}

describe('the data intents', () => {
  it.each(DATA_INTENTS)('refuses "%s" to a content script', async (intent) => {
    const { route } = setup();
    await expect(route(message(intent, {}), netflixTab)).resolves.toEqual({
      ok: false,
      error: { kind: 'internal', message: `"${intent}" is not available to web pages.` },
    });
  });

  it('passes a clean poster request on to the handler', async () => {
    const { route, poster } = setup();
    await expect(
      route(message('poster', { path: '\\/74\\/7441ab', size: 'cm', extra: 1 }), popup),
    ).resolves.toEqual({ ok: true, value: { dataUrl: 'data:image/webp;base64,AA==' } });
    expect(poster).toHaveBeenCalledWith({ path: '74/7441ab', size: 'cm' }, expect.anything());
  });

  it.each([
    [{ path: 'https://evil.example/x.png' }, 'path'],
    [{ path: '74/7441&url=https://evil' }, 'path'],
    [{ path: '../secrets' }, 'path'],
    [{ path: 'x'.repeat(201) }, 'path'],
    [{ path: '74/7441', size: 'huge' }, 'size'],
    [{}, 'path'],
  ])('refuses the poster request %j', async (data, field) => {
    const { route, poster } = setup();
    await expect(route(message('poster', data), popup)).resolves.toEqual({
      ok: false,
      error: { kind: 'internal', message: `Invalid message: ${field}.` },
    });
    expect(poster).not.toHaveBeenCalled();
  });

  it('takes an upcoming window of 1 to 33 days', async () => {
    const { route, upcoming } = setup();
    await route(message('upcoming', {}), popup);
    await route(message('upcoming', { days: 14 }), popup);
    expect(upcoming.mock.calls.map(([data]) => data)).toEqual([{}, { days: 14 }]);
    for (const days of [0, 34, 2.5, '7']) {
      await expect(route(message('upcoming', { days }), popup)).resolves.toMatchObject({ ok: false });
    }
  });

  it('refuses a payload that is not an object for the request-less intents', async () => {
    const { route } = setup();
    for (const intent of ['syncStatus', 'cacheStats', 'clearCaches', 'exportData']) {
      await expect(route(message(intent, 'all'), popup)).resolves.toMatchObject({ ok: false });
      await expect(route(message(intent, {}), popup)).resolves.toMatchObject({ ok: true });
    }
  });
});
