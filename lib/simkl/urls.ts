/**
 * URLs the client builds from Simkl's answers: the user's avatar (docs/simkl-api.md, Images) and item pages
 * on simkl.com. Posters are lib/images' business; calendar files are lib/calendar's.
 */
import { SIMKL_IMAGE_ORIGIN, SIMKL_WEB_ORIGIN } from '../hosts';
import type { SimklItem, SimklType } from '../media';

/** `200` is the unsuffixed original. */
export type AvatarSize = 24 | 100 | 200 | 256 | 512;

/**
 * The API's path such as `74/74415673dcdc9cdd`, with JSON's escaped slashes undone, or
 * undefined when it is anything else: the path lands inside another URL's query, so nothing
 * that could add a parameter or leave the folder may pass.
 */
export function normalizeImagePath(path: unknown): string | undefined {
  if (typeof path !== 'string') return undefined;
  const clean = path.trim().replace(/\\\//g, '/').replace(/^\/+/, '');
  return /^[\w-]+(\/[\w-]+)*$/.test(clean) ? clean : undefined;
}

/**
 * `/users/settings` gives the avatar as a full URL, sometimes protocol-relative
 * (`//simkl.in/avatars/…`); other places give a path. Avatars are not proxied. Another Simkl image
 * (a default avatar) is kept over https; anything not on Simkl's hosts is dropped.
 */
export function avatarUrl(value: string | null | undefined, size: AvatarSize = 100): string | undefined {
  const text = value?.trim().replace(/\\\//g, '/') ?? '';
  const full = /^(?:https?:)?\/\/simkl\.in\/avatars\/(.+?)(?:_\d+)?\.jpe?g$/i.exec(text);
  const path = normalizeImagePath(full ? full[1] : text.replace(/^avatars\//, ''));
  if (path) return `${SIMKL_IMAGE_ORIGIN}/avatars/${path}${size === 200 ? '' : `_${size}`}.jpg`;
  const absolute = text.startsWith('//') ? `https:${text}` : text.replace(/^http:\/\//i, 'https://');
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
