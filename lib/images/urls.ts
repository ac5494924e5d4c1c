/**
 * Simkl's image URLs (docs/simkl-api.md, Images). Posters go through the wsrv.nl proxy,
 * which serves the small webp sizes. Avatars are not proxied: lib/simkl/urls.ts builds them.
 */
import { IMAGE_PROXY_ORIGIN, SIMKL_IMAGE_ORIGIN } from '../hosts';
import { normalizeImagePath } from '../simkl/urls';

/** `_w` 600×338 landscape, `_m` 340 wide, `_ca` 190×279, `_c` 170×250, `_cm` 84×124, `_s` 40×57. */
export type PosterSize = 'w' | 'm' | 'ca' | 'c' | 'cm' | 's';

export const POSTER_PLACEHOLDER = `${SIMKL_IMAGE_ORIGIN}/poster_no_pic.png`;

export function posterUrl(path: string | null | undefined, size: PosterSize = 'ca'): string {
  const clean = normalizeImagePath(path);
  if (!clean) return POSTER_PLACEHOLDER;
  return `${IMAGE_PROXY_ORIGIN}/?url=${SIMKL_IMAGE_ORIGIN}/posters/${clean}_${size}.webp`;
}
