/**
 * Posters and avatars, fetched once per URL and kept in IndexedDB: Simkl asks clients to cache
 * images forever rather than hit its proxy again. A size cap bounds it, dropping the least
 * recently used images first. Bytes and the LRU index live in two databases so that sizing and
 * eviction read only the small index records.
 */
import { clear, createStore, delMany, get, set, type UseStore, values } from 'idb-keyval';
import { isStoredImage, openImageBlobs } from './cached-image';
import { toDataUrl } from './data-url';
import { downloadImage, type FetchLike, type StoredImage } from './download';
import { type IndexEntry, isIndexEntry, pickEvictions } from './lru';

export const DEFAULT_IMAGE_CACHE_BYTES = 50 * 1024 * 1024;

export interface ImageCacheStats {
  count: number;
  bytes: number;
}

export interface ImageCache {
  /** Rejects with a `SimklError` when the image cannot be had; failures are never cached. */
  get(url: string): Promise<Blob>;
  /** For handing an image across `runtime.sendMessage`, which cannot carry a Blob. */
  getDataUrl(url: string): Promise<string>;
  /** For extension pages only: a service worker has no `URL.createObjectURL`. */
  getObjectUrl(url: string): Promise<string>;
  stats(): Promise<ImageCacheStats>;
  clear(): Promise<void>;
}

export interface ImageCacheDeps {
  fetch?: FetchLike;
  /** Defaults to `simkl-extension-images` (bytes) and `simkl-extension-image-index` (LRU). */
  db?: { blobs: UseStore; index: UseStore };
  clock?: () => number;
  maxBytes?: number;
}

export function createImageCache(deps: ImageCacheDeps = {}): ImageCache {
  const fetch: FetchLike = deps.fetch ?? ((url, init) => globalThis.fetch(url, init));
  const blobs = deps.db?.blobs ?? openImageBlobs();
  const index = deps.db?.index ?? createStore('simkl-extension-image-index', 'index');
  const clock = deps.clock ?? (() => Date.now());
  const maxBytes = deps.maxBytes ?? DEFAULT_IMAGE_CACHE_BYTES;
  const inFlight = new Map<string, Promise<StoredImage>>();
  let lastStamp = 0;
  // Index writes and evictions run one at a time so two stores never evict on stale totals.
  let queue: Promise<unknown> = Promise.resolve();

  function serially<T>(task: () => Promise<T>): Promise<T> {
    const run = queue.then(task, task);
    queue = run.catch(() => undefined);
    return run;
  }
  // Bookkeeping failures (a full disk) must not cost the caller an image it already has.
  const quietly = (task: () => Promise<unknown>) => serially(task).catch(() => undefined);

  // Strictly increasing, so two uses in the same millisecond still have an order.
  const stamp = () => {
    lastStamp = Math.max(clock(), lastStamp + 1);
    return lastStamp;
  };
  const indexEntry = (url: string, image: StoredImage): IndexEntry => ({
    url,
    bytes: image.data.byteLength,
    lastUsed: stamp(),
  });

  async function keep(url: string, image: StoredImage): Promise<void> {
    // Index first: a crash in between leaves a counted entry without bytes (refetched on use),
    // never bytes that no total knows about.
    await set(url, indexEntry(url, image), index);
    await set(url, image, blobs);
    const victims = pickEvictions((await values(index)).filter(isIndexEntry), maxBytes, url);
    if (victims.length > 0) await Promise.all([delMany(victims, blobs), delMany(victims, index)]);
  }

  async function load(url: string): Promise<StoredImage> {
    const stored = await get(url, blobs).catch(() => undefined);
    if (isStoredImage(stored)) {
      await quietly(() => set(url, indexEntry(url, stored), index));
      return stored;
    }
    const image = await downloadImage(fetch, url);
    if (image.data.byteLength <= maxBytes) await quietly(() => keep(url, image));
    return image;
  }

  function image(url: string): Promise<StoredImage> {
    const pending = inFlight.get(url) ?? load(url).finally(() => inFlight.delete(url));
    inFlight.set(url, pending);
    return pending;
  }

  const get_ = async (url: string) => {
    const { data, type } = await image(url);
    return new Blob([data], { type });
  };

  return {
    get: get_,
    async getDataUrl(url) {
      const { data, type } = await image(url);
      return toDataUrl(data, type);
    },
    async getObjectUrl(url) {
      return URL.createObjectURL(await get_(url));
    },
    async stats() {
      const entries = (await values(index)).filter(isIndexEntry);
      return { count: entries.length, bytes: entries.reduce((sum, entry) => sum + entry.bytes, 0) };
    },
    async clear() {
      await serially(() => Promise.all([clear(blobs), clear(index)]));
    },
  };
}
