import { createStore, get, type UseStore } from 'idb-keyval';
import type { StoredImage } from './download';

/** The image cache's bytes, by URL (the LRU index is in its own database: image-cache.ts). */
export function openImageBlobs(): UseStore {
  return createStore('simkl-extension-images', 'blobs');
}

export function isStoredImage(value: unknown): value is StoredImage {
  if (typeof value !== 'object' || value === null) return false;
  const image = value as Partial<StoredImage>;
  // Tag check rather than instanceof: the bytes may come back from another realm.
  return (
    typeof image.type === 'string' && Object.prototype.toString.call(image.data) === '[object ArrayBuffer]'
  );
}

/**
 * An image the background already keeps, read by an extension page without waking it; undefined
 * when it is not cached (then only the background may download it). Its LRU stamp is not moved.
 */
export async function readCachedImage(
  url: string,
  blobs: UseStore = openImageBlobs(),
): Promise<Blob | undefined> {
  const stored = await get(url, blobs).catch(() => undefined);
  return isStoredImage(stored) ? new Blob([stored.data], { type: stored.type }) : undefined;
}
