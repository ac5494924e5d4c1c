import { createStore } from 'idb-keyval';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { SimklError } from '../../../lib/errors';
import { createImageCache, type ImageCacheDeps } from '../../../lib/images/image-cache';
import { createFakeImageHost, poster } from './fake-images';

let dbCount = 0;
function setup(options: { maxBytes?: number; images?: Parameters<typeof createFakeImageHost>[0] } = {}) {
  const host = createFakeImageHost(options.images);
  const n = ++dbCount;
  const db: ImageCacheDeps['db'] = {
    blobs: createStore(`images-test-${n}`, 'blobs'),
    index: createStore(`images-index-test-${n}`, 'index'),
  };
  const make = () => createImageCache({ fetch: host.fetch, db, maxBytes: options.maxBytes });
  return { host, make, cache: make() };
}

async function rejection(promise: Promise<unknown>): Promise<SimklError> {
  const error = await promise.then(
    () => undefined,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(SimklError);
  return error as SimklError;
}

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date('2025-01-15T12:00:00Z'));
});
afterEach(() => {
  vi.useRealTimers();
});
const tick = () => vi.setSystemTime(Date.now() + 1000);

describe('image cache', () => {
  it('fetches a URL once and then answers from IndexedDB with the same bytes and type', async () => {
    const { host, cache } = setup({ images: { [poster('a')]: { bytes: 1234, type: 'image/webp' } } });
    const first = await cache.get(poster('a'));
    const second = await cache.get(poster('a'));
    expect(host.count(poster('a'))).toBe(1);
    expect(first.type).toBe('image/webp');
    expect(second.size).toBe(1234);
    expect(new Uint8Array(await second.arrayBuffer())).toEqual(new Uint8Array(await first.arrayBuffer()));
  });

  it('keeps images across instances (a restarted worker) without refetching', async () => {
    const { host, cache, make } = setup();
    await cache.get(poster('a'));
    await make().get(poster('a'));
    expect(host.calls).toHaveLength(1);
  });

  it('shares one fetch between concurrent gets of the same URL', async () => {
    const { host, cache } = setup();
    let open = () => {};
    host.state.gate = new Promise((resolve) => {
      open = resolve;
    });
    const pending = [cache.get(poster('a')), cache.get(poster('a')), cache.get(poster('a'))];
    open();
    const blobs = await Promise.all(pending);
    expect(blobs.map((blob) => blob.size)).toEqual([100, 100, 100]);
    expect(host.count(poster('a'))).toBe(1);
  });

  it('counts stats and clears everything', async () => {
    const { host, cache } = setup({
      images: { [poster('a')]: { bytes: 300 }, [poster('b')]: { bytes: 200 } },
    });
    await cache.get(poster('a'));
    await cache.get(poster('b'));
    await cache.get(poster('a'));
    expect(await cache.stats()).toEqual({ count: 2, bytes: 500 });
    await cache.clear();
    expect(await cache.stats()).toEqual({ count: 0, bytes: 0 });
    await cache.get(poster('a'));
    expect(host.count(poster('a'))).toBe(2);
  });

  it('evicts the least recently used images when the cap is passed', async () => {
    const { host, cache } = setup({ maxBytes: 300 });
    for (const name of ['a', 'b', 'c']) {
      await cache.get(poster(name));
      tick();
    }
    await cache.get(poster('a')); // a is now the most recently used; b the least
    tick();
    await cache.get(poster('d'));
    expect(await cache.stats()).toEqual({ count: 3, bytes: 300 });
    host.calls.length = 0;
    for (const name of ['a', 'c', 'd']) await cache.get(poster(name));
    expect(host.calls).toEqual([]);
    await cache.get(poster('b'));
    expect(host.calls).toEqual([poster('b')]);
  });

  it('evicts as many as needed for a large image, and keeps the image just stored', async () => {
    const { cache } = setup({ maxBytes: 500, images: { [poster('big')]: { bytes: 450 } } });
    for (const name of ['a', 'b', 'c']) {
      await cache.get(poster(name));
      tick();
    }
    await cache.get(poster('big'));
    expect(await cache.stats()).toEqual({ count: 1, bytes: 450 });
  });

  it('orders uses within the same millisecond too', async () => {
    const { host, cache } = setup({ maxBytes: 200 });
    await cache.get(poster('a'));
    await cache.get(poster('b'));
    await cache.get(poster('a'));
    await cache.get(poster('c'));
    host.calls.length = 0;
    await cache.get(poster('a'));
    await cache.get(poster('b'));
    expect(host.calls).toEqual([poster('b')]);
  });

  it('returns but does not store an image larger than the whole cap', async () => {
    const { host, cache } = setup({ maxBytes: 150, images: { [poster('huge')]: { bytes: 400 } } });
    await cache.get(poster('a'));
    expect((await cache.get(poster('huge'))).size).toBe(400);
    expect(await cache.stats()).toEqual({ count: 1, bytes: 100 });
    await cache.get(poster('huge'));
    expect(host.count(poster('huge'))).toBe(2);
  });

  it.each([
    ['a 404', { status: 404 }, 'not-found'],
    ['a 502', { status: 502 }, 'server'],
    ['an HTML page', { type: 'text/html' }, 'invalid-response'],
    ['an empty image', { bytes: 0 }, 'invalid-response'],
  ] as const)('rejects %s and does not cache it', async (_label, image, kind) => {
    const { host, cache } = setup({ images: { [poster('x')]: image } });
    expect((await rejection(cache.get(poster('x')))).kind).toBe(kind);
    host.images[poster('x')] = { bytes: 64 };
    expect((await cache.get(poster('x'))).size).toBe(64);
    expect(host.count(poster('x'))).toBe(2);
    expect(await cache.stats()).toEqual({ count: 1, bytes: 64 });
  });

  it('rejects as offline without a network and fetches again once back', async () => {
    const { host, cache } = setup();
    host.state.offline = true;
    expect((await rejection(cache.get(poster('a')))).kind).toBe('offline');
    host.state.offline = false;
    await cache.get(poster('a'));
    expect(host.calls).toHaveLength(2);
  });

  it('refuses URLs outside Simkl’s image hosts without fetching', async () => {
    const { host, cache } = setup();
    for (const url of [
      'https://evil.example/a.png',
      'http://wsrv.nl/?url=x',
      'not a url',
      'https://simkl.in.evil.example/',
    ]) {
      expect((await rejection(cache.get(url))).kind).toBe('bad-request');
    }
    expect(host.calls).toEqual([]);
  });

  it('gives a data URL that a message can carry', async () => {
    const { host, cache } = setup({
      images: { 'https://simkl.in/poster_no_pic.png': { bytes: 3, type: 'image/png' } },
    });
    const url = await cache.getDataUrl('https://simkl.in/poster_no_pic.png');
    const byte = String.fromCharCode('https://simkl.in/poster_no_pic.png'.length % 251);
    expect(url).toBe(`data:image/png;base64,${btoa(byte.repeat(3))}`);
    await cache.get('https://simkl.in/poster_no_pic.png');
    expect(host.calls).toHaveLength(1);
  });
});

describe('image cache defaults', () => {
  it('uses two databases of its own: bytes and the LRU index', async () => {
    const host = createFakeImageHost();
    const cache = createImageCache({ fetch: host.fetch });
    await cache.get(poster('default'));
    const names = (await indexedDB.databases()).map((db) => db.name);
    expect(names).toEqual(expect.arrayContaining(['simkl-extension-images', 'simkl-extension-image-index']));
    expect(await cache.stats()).toEqual({ count: 1, bytes: 100 });
    await cache.clear();
  });
});
