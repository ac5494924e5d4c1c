/**
 * URLs the client builds from Simkl's answers: the user's avatar (simkl-api.md §1.6) and item pages on
 * simkl.com. Posters are lib/images' business; calendar files are lib/calendar's.
 */
import { SIMKL_IMAGE_ORIGIN, SIMKL_WEB_ORIGIN } from '../hosts';
import type { SimklItem, SimklType } from '../media';

export type AvatarSize = 24 | 100 | 200 | 256 | 512;

const IMAGE_PATH = /^[\w-]+(\/[\w-]+)*$/;

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
