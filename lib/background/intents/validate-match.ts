/** The match intents' payloads ("Not this?", Undo match): a search, a chosen item, an override's key. */
import type { SimklType } from '../../media';
import type { IntentRequest, SearchResultView } from '../../messaging';
import { normalizeImagePath } from '../../simkl/urls';
import { check, isBoundedInt, isBoundedString, isPlainObject } from './validate-basic';
import { validateMedia } from './validate-media';

function object(data: unknown): Record<string, unknown> {
  check(isPlainObject(data), 'data');
  return data;
}

const isYear = (v: unknown): v is number => isBoundedInt(v, 1800, 3000);
const mediaOnly = (data: unknown) => ({ media: validateMedia(object(data).media) });
/** A playback a player named by its words alone (no ids) may be matched too: its title is its key. */
const playedMedia = (data: unknown) => ({ media: validateMedia(object(data).media, 'media', true) });

/** A search result as the page chose it: only the fields an override keeps. */
function chosenItem(data: unknown): SearchResultView {
  const { simkl, type, title, year, poster } = object(data);
  check(isBoundedInt(simkl, 1, Number.MAX_SAFE_INTEGER), 'simkl');
  check(['movie', 'show', 'anime'].includes(type as SimklType), 'type');
  check(isBoundedString(title, 300), 'title');
  check(year === undefined || isYear(year), 'year');
  const path = normalizeImagePath(poster);
  return { simkl, type: type as SimklType, title, ...(year && { year }), ...(path && { poster: path }) };
}

export const MATCH_VALIDATORS = {
  matchSearch(data: unknown): IntentRequest<'matchSearch'> {
    const { query, year } = object(data);
    check(isBoundedString(query, 200) && query.trim().length > 0, 'query');
    check(year === undefined || isYear(year), 'year');
    return { query: query.trim(), ...(year && { year }) };
  },
  setMatch(data: unknown): IntentRequest<'setMatch'> {
    const { media, item } = object(data);
    return { media: validateMedia(media, 'media', true), item: chosenItem(item) };
  },
  clearMatch: playedMedia,
  openMatchSearch: mediaOnly,
  matchOverrides(data: unknown): IntentRequest<'matchOverrides'> {
    object(data);
    return {};
  },
  removeMatchOverride(data: unknown): IntentRequest<'removeMatchOverride'> {
    const { key } = object(data);
    check(isBoundedString(key, 200, /^(imdb|tmdb|mal|netflix|anidb|tvdb|animeplanet|crunchyroll):/), 'key');
    return { key };
  },
};
