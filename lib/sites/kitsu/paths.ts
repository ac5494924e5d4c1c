import { parseUrlOn } from '../url';

/** kitsu.app only: kitsu.io, its old name, answers with a redirect here (docs/sites.md, Kitsu: URLs). */
export const KITSU_MATCHES = ['https://kitsu.app/*'];

/** /anime/death-note, /anime/1376 and their tabs (/episodes, /reactions…). */
const ANIME_PATH = /^\/anime\/([a-z0-9][a-z0-9-]*)(?:\/|$)/;

export interface KitsuPage {
  /** The URL's own key: the slug, or the number when the URL carries one. */
  key: string;
  /** Kitsu's number, when the URL is /anime/<number>. */
  number?: string;
  /** The slug, when the URL is /anime/<slug>. */
  slug?: string;
}

/** Which anime a Kitsu URL names, or null for any other page. */
export function kitsuPageOf(url: string): KitsuPage | null {
  const parsed = parseUrlOn(url, KITSU_MATCHES);
  const key = parsed && ANIME_PATH.exec(parsed.pathname)?.[1];
  if (!key) return null;
  return /^\d+$/.test(key) ? { key, number: key } : { key, slug: key };
}

/** The number in a poster's address: media.kitsu.app/anime/poster_images/1376/small.jpg → 1376. */
export function posterNumberOf(src: string | null | undefined): string | undefined {
  return /\/anime\/poster_images\/(\d{1,9})\//.exec(src ?? '')?.[1];
}
