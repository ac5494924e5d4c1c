/**
 * One image download. Only Simkl's image hosts are fetched: the cache sits in the background,
 * and a URL that reached it from elsewhere must not turn it into a general-purpose fetcher.
 */
import { SimklError } from '../errors';
import { IMAGE_PROXY_ORIGIN, SIMKL_IMAGE_ORIGIN } from '../hosts';

export type FetchLike = (url: string, init?: RequestInit) => Promise<Response>;

/** What is stored: bytes and their type rather than a Blob, because Blobs in IndexedDB fail in
 * some places (Chrome incognito in the past, fake-indexeddb in tests); bytes work everywhere. */
export interface StoredImage {
  type: string;
  data: ArrayBuffer;
}

export const IMAGE_ORIGINS: readonly string[] = [IMAGE_PROXY_ORIGIN, SIMKL_IMAGE_ORIGIN];

export function isAllowedImageUrl(url: string): boolean {
  try {
    return IMAGE_ORIGINS.includes(new URL(url).origin);
  } catch {
    return false;
  }
}

export async function downloadImage(fetch: FetchLike, url: string): Promise<StoredImage> {
  if (!isAllowedImageUrl(url)) throw new SimklError('bad-request', `Not a Simkl image: ${url}`);
  let response: Response;
  try {
    response = await fetch(url);
  } catch (error) {
    throw new SimklError('offline', `Image unreachable: ${String(error)}`);
  }
  if (!response.ok) {
    const kind = response.status === 404 ? 'not-found' : response.status >= 500 ? 'server' : 'bad-request';
    throw new SimklError(kind, `Image HTTP ${response.status}: ${url}`, { status: response.status });
  }
  const type = (response.headers.get('Content-Type') ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
  // wsrv.nl and CDNs answer some failures with an HTML or JSON page and a 200.
  if (!type.startsWith('image/')) throw new SimklError('invalid-response', `Not an image (${type}): ${url}`);
  const data = await response.arrayBuffer();
  if (data.byteLength === 0) throw new SimklError('invalid-response', `Empty image: ${url}`);
  return { type, data };
}
