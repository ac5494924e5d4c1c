/**
 * AniDB's three spellings of an anime page (docs/sites.md, AniDB: URLs): /anime/<aid>, the legacy
 * /perl-bin/animedb.pl?show=anime&aid=<aid> that old links still carry, and the short /a<aid>.
 */
import { parseUrlOn } from '../url';

export const ANIDB_MATCHES = ['https://anidb.net/*'];

/** /anime/4563 and its sub-pages (/anime/4563/relation/graph); /anime/ alone is the anime list. */
const ANIME_PATH = /^\/anime\/(\d{1,9})(?:\/|$)/;
/** /a4563, exactly: /a is also the start of other words. */
const SHORT_PATH = /^\/a(\d{1,9})\/?$/;
const LEGACY_PATH = '/perl-bin/animedb.pl';

/** The aid a URL (or a link's href resolved against anidb.net) names, or null. */
export function aidOf(url: string): string | null {
  const parsed = parseUrlOn(url, ANIDB_MATCHES);
  if (!parsed) return null;
  const path = ANIME_PATH.exec(parsed.pathname) ?? SHORT_PATH.exec(parsed.pathname);
  if (path?.[1]) return path[1];
  if (parsed.pathname !== LEGACY_PATH || parsed.searchParams.get('show') !== 'anime') return null;
  const aid = parsed.searchParams.get('aid') ?? '';
  return /^\d{1,9}$/.test(aid) ? aid : null;
}
