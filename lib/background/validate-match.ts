/** The match intents' payloads (issue 11 §3): a search, a chosen item, an override's key. */
import type { SimklType } from '../media';
import type { IntentRequest, SearchResultView } from '../messaging';
import { normalizeImagePath } from '../simkl/urls';
import { check, isBoundedInt, isBoundedString, isPlainObject, optional } from './validate-basic';
import { validateMedia } from './validate-media';

const TYPES: readonly SimklType[] = ['movie', 'show', 'anime'];

function object(data: unknown): Record<string, unknown> {
  check(isPlainObject(data), 'data');
  return data;
}

const year = (v: unknown): v is number => isBoundedInt(v, 1800, 3000);

/** A search result as the page chose it: only the fields an override keeps. */
function chosenItem(data: unknown): SearchResultView {
  const { simkl, type, title, year: itemYear, poster } = object(data);
  check(isBoundedInt(simkl, 1, Number.MAX_SAFE_INTEGER), 'item.simkl');
  check(TYPES.includes(type as SimklType), 'item.type');
  check(isBoundedString(title, 300), 'item.title');
  const item: SearchResultView = { simkl, type: type as SimklType, title };
  const validYear = optional(itemYear, year, 'item.year');
  if (validYear !== undefined) item.year = validYear;
  const path = isBoundedString(poster, 200) ? normalizeImagePath(poster) : undefined;
  if (path) item.poster = path;
  return item;
}

export const MATCH_VALIDATORS = {
  matchSearch(data: unknown): IntentRequest<'matchSearch'> {
    const { query, year: wanted } = object(data);
    check(isBoundedString(query, 200) && query.trim().length > 0, 'query');
    const valid = optional(wanted, year, 'year');
    return valid === undefined ? { query: query.trim() } : { query: query.trim(), year: valid };
  },
  setMatch(data: unknown): IntentRequest<'setMatch'> {
    const { media, item } = object(data);
    return { media: validateMedia(media), item: chosenItem(item) };
  },
  clearMatch: (data: unknown): IntentRequest<'clearMatch'> => ({ media: validateMedia(object(data).media) }),
  openMatchSearch: (data: unknown): IntentRequest<'openMatchSearch'> => ({
    media: validateMedia(object(data).media),
  }),
  matchOverrides(data: unknown): IntentRequest<'matchOverrides'> {
    object(data);
    return {};
  },
  removeMatchOverride(data: unknown): IntentRequest<'removeMatchOverride'> {
    const { key } = object(data);
    check(isBoundedString(key, 200) && /^(imdb|tmdb|mal|netflix):/.test(key), 'key');
    return { key };
  },
};
