import type { PosterSize } from '../../images/urls';
import { isListStatus, isRating, type SimklType } from '../../media';
import {
  type EpisodeActionKind,
  type EpisodeActionRequest,
  type Intent,
  type IntentRequest,
  MAX_LISTED_TITLES,
  type MarkWatchedScope,
  type SignInMode,
} from '../../messaging';
import { isPartName } from '../../messaging/part-names';
import { normalizeImagePath } from '../../simkl/urls';
import { check, isBoundedInt, isBoundedString, isPlainObject, optional } from './validate-basic';
import { validateImportDiscard, validateImportHistory, validateImportStart } from './validate-import';
import { MATCH_VALIDATORS } from './validate-match';
import { validateMedia } from './validate-media';
import { MENU_VALIDATORS } from './validate-menu';

type Validators = { [K in Intent]: (data: unknown) => IntentRequest<K> };

const SCOPES: readonly MarkWatchedScope[] = ['item', 'episode', 'next', 'show'];
const MODES: readonly SignInMode[] = ['oauth2', 'oauth1', 'pin'];
const TYPES: readonly SimklType[] = ['movie', 'show', 'anime'];
const EPISODE_ACTIONS: readonly EpisodeActionKind[] = [
  'watch',
  'unwatch',
  'catchUp',
  'watchSeason',
  'unwatchSeason',
];
const POSTER_SIZES: readonly PosterSize[] = ['w', 'm', 'ca', 'c', 'cm', 's'];
/** The calendar files reach 33 days ahead. */
const MAX_UPCOMING_DAYS = 33;

function object(data: unknown): Record<string, unknown> {
  check(isPlainObject(data), 'data');
  return data;
}

const mediaOnly = (data: unknown) => ({ media: validateMedia(object(data).media) });
const empty = (data: unknown): Record<string, never> => {
  object(data);
  return {};
};
const writeId = (data: unknown) => {
  const { id } = object(data);
  check(isBoundedString(id, 100), 'id');
  return { id };
};

/** One validator per intent; each returns a clean copy of the request or throws InvalidMessage. */
export const INTENT_VALIDATORS: Validators = {
  ...MATCH_VALIDATORS,
  ...MENU_VALIDATORS,
  loadPart(data) {
    const { part } = object(data);
    check(isPartName(part), 'part');
    return { part };
  },
  tracking: empty,
  stopTracking(data) {
    const { tabId } = object(data);
    check(isBoundedInt(tabId, 0, Number.MAX_SAFE_INTEGER), 'tabId');
    return { tabId };
  },
  importState: empty,
  importHistory: validateImportHistory,
  importStart: validateImportStart,
  importRead: empty,
  importFindUnmatched: empty,
  importDiscard: validateImportDiscard,
  importStop: empty,
  importRematch: validateImportStart,
  status: mediaOnly,
  removeFromList: mediaOnly,
  checkin: mediaOnly,
  setStatus(data) {
    const { media, status } = object(data);
    check(isListStatus(status), 'status');
    return { media: validateMedia(media), status };
  },
  markWatched(data) {
    const { media, scope } = object(data);
    const valid = optional(
      scope,
      (v): v is MarkWatchedScope => SCOPES.includes(v as MarkWatchedScope),
      'scope',
    );
    return { media: validateMedia(media), ...(valid ? { scope: valid } : {}) };
  },
  rate(data) {
    const { media, rating } = object(data);
    check(rating === null || isRating(rating), 'rating');
    return { media: validateMedia(media), rating };
  },
  search(data) {
    const { query, type } = object(data);
    check(isBoundedString(query, 200) && query.trim().length > 0, 'query');
    check(type === 'all' || TYPES.includes(type as SimklType), 'type');
    return { query: query.trim(), type: type as SimklType | 'all' };
  },
  signIn(data) {
    const mode = optional(object(data).mode, (v): v is SignInMode => MODES.includes(v as SignInMode), 'mode');
    return mode ? { mode } : {};
  },
  signOut: empty,
  account: empty,
  pending: empty,
  syncNow: empty,
  retryWrite: writeId,
  discardWrite: writeId,
  discardWaiting(data) {
    const { user, unclaimed } = object(data);
    if (unclaimed !== undefined) {
      check(unclaimed === true && user === undefined, 'unclaimed');
      return { unclaimed: true };
    }
    check(isBoundedInt(user, 1, Number.MAX_SAFE_INTEGER), 'user');
    return { user };
  },
  syncStatus: empty,
  cacheStats: empty,
  clearCaches: empty,
  exportData: empty,
  upcoming(data) {
    const days = optional(
      object(data).days,
      (v): v is number => isBoundedInt(v, 1, MAX_UPCOMING_DAYS),
      'days',
    );
    return days === undefined ? {} : { days };
  },
  listStates(data) {
    const { titles } = object(data);
    check(Array.isArray(titles) && titles.length <= MAX_LISTED_TITLES, 'titles');
    return { titles: titles.map((title, position) => validateMedia(title, `titles[${position}]`)) };
  },
  episodes(data) {
    const { type, simkl, catalogue } = object(data);
    check(TYPES.includes(type as SimklType), 'type');
    check(isBoundedInt(simkl, 1, Number.MAX_SAFE_INTEGER), 'simkl');
    const wanted = optional(catalogue, (v): v is boolean => typeof v === 'boolean', 'catalogue');
    return wanted ? { type: type as SimklType, simkl, catalogue: true } : { type: type as SimklType, simkl };
  },
  episodeAction(data) {
    const { media, action, season, episode, preview } = object(data);
    check(EPISODE_ACTIONS.includes(action as EpisodeActionKind), 'action');
    const request: EpisodeActionRequest = {
      media: validateMedia(media),
      action: action as EpisodeActionKind,
    };
    const number = (v: unknown): v is number => isBoundedInt(v, 0, 10_000);
    const validSeason = optional(season, number, 'season');
    const validEpisode = optional(episode, number, 'episode');
    if (validSeason !== undefined) request.season = validSeason;
    if (validEpisode !== undefined) request.episode = validEpisode;
    if (optional(preview, (v): v is boolean => typeof v === 'boolean', 'preview')) request.preview = true;
    return request;
  },
  score(data) {
    const { media, simkl } = object(data);
    const id = optional(simkl, (v): v is number => isBoundedInt(v, 1, Number.MAX_SAFE_INTEGER), 'simkl');
    return id === undefined ? { media: validateMedia(media) } : { media: validateMedia(media), simkl: id };
  },
  poster(data) {
    const { path, size } = object(data);
    // The path ends up inside another URL's query: only Simkl's `74/74415673dcdc9cdd` shape passes.
    const clean = isBoundedString(path, 200) ? normalizeImagePath(path) : undefined;
    check(clean !== undefined, 'path');
    const valid = optional(size, (v): v is PosterSize => POSTER_SIZES.includes(v as PosterSize), 'size');
    return valid ? { path: clean, size: valid } : { path: clean };
  },
};

export function isIntent(value: unknown): value is Intent {
  return typeof value === 'string' && Object.hasOwn(INTENT_VALIDATORS, value);
}
