/**
 * URLs the extension builds itself rather than asks for: images (simkl-api-md §1.6), item pages on
 * simkl.com, and the calendar files on data.simkl.in (§4; the CDN ignores query strings, so none).
 */
import { IMAGE_PROXY_ORIGIN, SIMKL_IMAGE_ORIGIN, SIMKL_WEB_ORIGIN } from '../hosts';
import type { SimklItem, SimklType } from '../media';

/** `w` 600×338 landscape, `m` 340 wide, `ca` 190×279, `c` 170×250, `cm` 84×124, `s` 40×57. */
export type PosterSize = 'w' | 'm' | 'ca' | 'c' | 'cm' | 's';
export type AvatarSize = 24 | 100 | 200 | 256 | 512;

export const POSTER_PLACEHOLDER_URL = `${SIMKL_IMAGE_ORIGIN}/poster_no_pic.png`;

const IMAGE_PATH = /^[\w-]+(\/[\w-]+)*$/;

/** A poster through the wsrv.nl proxy (WebP, resized), or Simkl's placeholder when there is none. */
export function posterUrl(path: string | undefined, size: PosterSize = 'c'): string {
  const clean = path?.replace(/\\\//g, '/').replace(/^\/+/, '');
  if (!clean || !IMAGE_PATH.test(clean)) return POSTER_PLACEHOLDER_URL;
  return `${IMAGE_PROXY_ORIGIN}/?url=${SIMKL_IMAGE_ORIGIN}/posters/${clean}_${size}.webp`;
}

/**
 * `/users/settings` gives a full URL, sometimes protocol-relative (`//simkl.in/avatars/…`); a bare
 * path is built into one. Avatars are not proxied. Anything that is not a simkl.in image is dropped.
 */
export function avatarUrl(value: string | undefined, size: AvatarSize = 100): string | undefined {
  if (!value) return undefined;
  const clean = value.replace(/\\\//g, '/').trim();
  if (IMAGE_PATH.test(clean)) {
    return `${SIMKL_IMAGE_ORIGIN}/avatars/${clean}${size === 200 ? '' : `_${size}`}.jpg`;
  }
  const absolute = clean.startsWith('//') ? `https:${clean}` : clean.replace(/^http:\/\//, 'https://');
  try {
    const url = new URL(absolute);
    return url.protocol === 'https:' && /(^|\.)simkl\.(in|com)$/.test(url.hostname) ? url.href : undefined;
  } catch {
    return undefined;
  }
}

const PAGE_SEGMENT: Record<SimklType, string> = { movie: 'movies', show: 'tv', anime: 'anime' };

/** The item's page on simkl.com: `/movies/53536/the-matrix`, `/tv/…`, `/anime/…`. */
export function itemUrl(
  item: Pick<SimklItem, 'type'> & { ids: { simkl: number; slug?: string | number } },
): string {
  const slug =
    typeof item.ids.slug === 'string' && item.ids.slug ? `/${encodeURIComponent(item.ids.slug)}` : '';
  return `${SIMKL_WEB_ORIGIN}/${PAGE_SEGMENT[item.type]}/${item.ids.simkl}${slug}`;
}
