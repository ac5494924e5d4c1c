/**
 * Simkl's image URLs (../../../shared/simkl-api.md §1.6). Posters go through the wsrv.nl proxy,
 * which serves the small webp sizes; avatars are plain simkl.in JPEGs and are not proxied.
 */
import { IMAGE_PROXY_ORIGIN, SIMKL_IMAGE_ORIGIN } from '../hosts';

/** `_w` 600×338 landscape, `_m` 340 wide, `_ca` 190×279, `_c` 170×250, `_cm` 84×124, `_s` 40×57. */
export type PosterSize = 'w' | 'm' | 'ca' | 'c' | 'cm' | 's';

/** `200` is the unsuffixed original. */
export type AvatarSize = 24 | 100 | 200 | 256 | 512;

export const POSTER_PLACEHOLDER = `${SIMKL_IMAGE_ORIGIN}/poster_no_pic.png`;

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

export function posterUrl(path: string | null | undefined, size: PosterSize = 'ca'): string {
  const clean = normalizeImagePath(path);
  if (!clean) return POSTER_PLACEHOLDER;
  return `${IMAGE_PROXY_ORIGIN}/?url=${SIMKL_IMAGE_ORIGIN}/posters/${clean}_${size}.webp`;
}

/**
 * `/users/settings` gives the avatar as a full URL, sometimes protocol-relative
 * (`//simkl.in/avatars/…`); other places give a path. Undefined when there is none.
 */
export function avatarUrl(value: string | null | undefined, size: AvatarSize = 100): string | undefined {
  const suffix = size === 200 ? '' : `_${size}`;
  const text = value?.trim().replace(/\\\//g, '/') ?? '';
  const full = /^(?:https?:)?\/\/simkl\.in\/avatars\/(.+?)(?:_\d+)?\.jpe?g$/i.exec(text);
  const path = full ? normalizeImagePath(full[1]) : normalizeImagePath(text.replace(/^avatars\//, ''));
  if (path) return `${SIMKL_IMAGE_ORIGIN}/avatars/${path}${suffix}.jpg`;
  // Some other full URL (a default avatar, a future CDN): keep it, but over https.
  return /^(?:https?:)?\/\/[^/]/i.test(text) ? text.replace(/^(?:https?:)?\/\//i, 'https://') : undefined;
}
