import type { MediaKind } from '../../media';
import { decodeEntities } from '../entities';
import { asInt, asRecord, asText, type JsonRecord, parseJson, pick } from '../json';
import { asYear, firstYear } from '../year';
import { asImdbId, kindOfType } from './kind';

/** What IMDb's page data says about one title; every field may be missing. */
export interface ImdbFacts {
  /** null: a title Simkl does not track (a video game, a podcast). */
  kind?: MediaKind | null;
  title?: string;
  year?: number;
  /** JSON-LD datePublished: the first air date of an episode, but not a series' start year. */
  published?: number;
  show?: { id?: string; title?: string };
  season?: number;
  episode?: number;
}

/**
 * __NEXT_DATA__ describes the page as the server rendered it, so it is read only when its own
 * id is the URL's (it goes stale after client-side navigation). Title pages keep the data in
 * aboveTheFoldData; episode lists and other sub-pages in contentData.entityMetadata.
 */
export function readNextData(text: string | null | undefined, id: string): ImdbFacts | null {
  const props = pick(parseJson(text), 'props', 'pageProps');
  const main =
    asRecord(pick(props, 'aboveTheFoldData')) ?? asRecord(pick(props, 'contentData', 'entityMetadata'));
  if (!main) return null;
  const ownIds = [pick(props, 'tconst'), main.id].filter((value) => value !== undefined);
  if (ownIds.length === 0 || ownIds.some((value) => value !== id)) return null;
  return {
    kind: kindOfType(pick(main, 'titleType', 'id')),
    title: asText(pick(main, 'titleText', 'text')),
    year: asYear(pick(main, 'releaseYear', 'year')),
    show: {
      id: asImdbId(pick(main, 'series', 'series', 'id')),
      title: asText(pick(main, 'series', 'series', 'titleText', 'text')),
    },
    season: asInt(pick(main, 'series', 'episodeNumber', 'seasonNumber')),
    episode: asInt(pick(main, 'series', 'episodeNumber', 'episodeNumber')),
  };
}

function ldCandidates(value: unknown): JsonRecord[] {
  const list = Array.isArray(value)
    ? value
    : [value, ...(Array.isArray(pick(value, '@graph')) ? (pick(value, '@graph') as unknown[]) : [])];
  return list.map(asRecord).filter((item): item is JsonRecord => item !== undefined);
}

/** JSON-LD: the type and the display name (alternateName when IMDb puts the original in name). */
export function readJsonLd(texts: readonly string[], id: string): ImdbFacts | null {
  for (const text of texts) {
    for (const item of ldCandidates(parseJson(text))) {
      const kind = kindOfType(item['@type']);
      const ownId = asImdbId(item.url);
      if (kind === undefined || (ownId !== undefined && ownId !== id)) continue;
      const name = asText(item.alternateName) ?? asText(item.name);
      return {
        kind,
        title: name === undefined ? undefined : asText(decodeEntities(name)),
        published: firstYear(asText(item.datePublished)),
      };
    }
  }
  return null;
}
