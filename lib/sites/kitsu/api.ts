import type { MediaIds } from '../../media';
import { asRecord, asText, pick } from '../json';
import type { KitsuPage } from './paths';

/**
 * Kitsu's own JSON:API, same origin as the page (docs/sites.md, Kitsu: ids): by slug
 * `/api/edge/anime?filter[slug]=<slug>&page[limit]=1&include=mappings`, by number
 * `/api/edge/anime/<number>?include=mappings`. `origin` is the page's, so tests serve it locally.
 */
export function kitsuApiUrl(page: KitsuPage, origin = 'https://kitsu.app'): string {
  if (page.number) return `${origin}/api/edge/anime/${page.number}?include=mappings`;
  const slug = encodeURIComponent(page.slug ?? '');
  return `${origin}/api/edge/anime?filter[slug]=${slug}&page[limit]=1&include=mappings`;
}

/** Kitsu's number and the MyAnimeList id its mappings give; null when the answer names no anime. */
export function parseKitsuAnime(json: unknown): Pick<MediaIds, 'kitsu' | 'mal'> | null {
  const data = pick(json, 'data');
  const anime = asRecord(Array.isArray(data) ? data[0] : data);
  const number = asText(anime?.id);
  if (anime?.type !== 'anime' || !number || !/^\d{1,9}$/.test(number)) return null;
  const ids: Pick<MediaIds, 'kitsu' | 'mal'> = { kitsu: number };
  const included = pick(json, 'included');
  for (const entry of Array.isArray(included) ? included : []) {
    const attributes = asRecord(pick(entry, 'attributes'));
    const mal = asText(attributes?.externalId);
    if (attributes?.externalSite === 'myanimelist/anime' && mal && /^\d{1,9}$/.test(mal)) {
      ids.mal = mal;
      break;
    }
  }
  return ids;
}
