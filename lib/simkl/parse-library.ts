/**
 * `/sync/all-items` and `/sync/ratings` answers (docs/simkl-api.md, Sync reads): an object keyed
 * `shows|anime|movies`, or `null` / `{}` when the library (or the delta) is empty.
 */

import { SimklError } from '../errors';
import { isListStatus, isRating, type ListStatus, type SimklType } from '../media';
import type { LibraryIdsEntry, LibraryItem, RatingEntry, ReadRows } from './api';
import { parseWatchedSeasons } from './parse-episodes';
import {
  compact,
  expectList,
  expectRecord,
  invalid,
  type JsonRecord,
  nullableDate,
  optionalInt,
  optionalString,
} from './parse-guards';
import { normaliseIds, readAnimeType } from './parse-ids';
import { readItem } from './parse-media';

const LIBRARY_KEYS: ReadonlyArray<[string, SimklType]> = [
  ['movies', 'movie'],
  ['shows', 'show'],
  ['anime', 'anime'],
];

interface RawEntry {
  raw: JsonRecord;
  media: JsonRecord;
  type: SimklType;
}

/** Every row of every library in the answer, not yet read. */
function rows(data: unknown, what: string): Array<{ row: unknown; type: SimklType }> {
  if (data === null || data === undefined) return [];
  const body = expectRecord(data, what);
  return LIBRARY_KEYS.flatMap(([key, type]) =>
    expectList(body[key], `${what} ${key}`).map((row) => ({ row, type })),
  );
}

/** One row with its nested media object. */
function entryOf({ row, type }: { row: unknown; type: SimklType }, what: string): RawEntry {
  const raw = expectRecord(row, `${what} item`);
  // Anime entries nest their media under `show`; accept `anime` and `movie` wherever they appear.
  const media = raw.show ?? raw.movie ?? raw.anime;
  return { raw, media: expectRecord(media, `${what} item without media`), type };
}

function readStatus(value: unknown): ListStatus {
  if (value === 'notinteresting') return 'dropped'; // the pre-2021 name
  return isListStatus(value) ? value : invalid('unknown list status');
}

/** `user_rating`: an integer 1..10 (sometimes a numeric string), or null when unrated. */
function readRating(value: unknown): number | null {
  if (value === null || value === undefined || value === 0) return null;
  const rating = optionalInt(value);
  return isRating(rating) ? rating : invalid('rating out of range');
}

function nullableString(value: unknown): string | null | undefined {
  if (value === null) return null;
  return optionalString(value);
}

/**
 * Each row read alone: a row that breaks the contract is left out and counted, so one odd title
 * never fails the sync of a whole library. An answer whose shape is wrong still throws.
 */
function readRows<T>(data: unknown, what: string, read: (entry: RawEntry) => T): ReadRows<T> {
  const kept: T[] = [];
  let skipped = 0;
  for (const row of rows(data, what)) {
    try {
      kept.push(read(entryOf(row, what)));
    } catch (error) {
      if (!(error instanceof SimklError)) throw error;
      skipped += 1;
    }
  }
  // Not enumerable: the rows stay a plain list to compare, copy and store; the count rides along.
  return Object.defineProperty(kept, 'skipped', { value: skipped, enumerable: false });
}

/** With `episodes`, every show and anime carries its watched episodes ({} when Simkl listed none). */
export function parseLibrary(data: unknown, options: { episodes?: boolean } = {}): ReadRows<LibraryItem> {
  return readRows(data, 'library', ({ raw, media, type }) =>
    compact<LibraryItem>({
      ...readItem(media, type, 'library item'),
      animeType: type === 'anime' ? readAnimeType(raw.anime_type ?? media.anime_type) : undefined,
      status: readStatus(raw.status),
      rating: readRating(raw.user_rating),
      ratedAt: nullableDate(raw.user_rated_at, 'user_rated_at') ?? undefined,
      addedAt: nullableDate(raw.added_to_watchlist_at, 'added_to_watchlist_at') ?? undefined,
      lastWatchedAt: nullableDate(raw.last_watched_at, 'last_watched_at') ?? undefined,
      watchedEpisodes: optionalInt(raw.watched_episodes_count),
      totalEpisodes: optionalInt(raw.total_episodes_count),
      notAiredEpisodes: optionalInt(raw.not_aired_episodes_count),
      nextToWatch: nullableString(raw.next_to_watch),
      lastWatched: nullableString(raw.last_watched),
      episodes: options.episodes && type !== 'movie' ? parseWatchedSeasons(raw) : undefined,
    }),
  );
}

/**
 * `extended=simkl_ids_only`: just the ids, to find what was removed. Read strictly: a row left out
 * here would read as a title removed from the lists.
 */
export function parseLibraryIds(data: unknown): LibraryIdsEntry[] {
  return rows(data, 'library ids')
    .map((row) => entryOf(row, 'library ids'))
    .map(({ media, type }) => ({
      type,
      simkl: normaliseIds(media.ids, 'library ids item').simkl,
    }));
}

/** Rating deltas carry removals as `user_rating: null`. */
export function parseRatings(data: unknown): ReadRows<RatingEntry> {
  return readRows(data, 'ratings', ({ raw, media, type }) =>
    compact<RatingEntry>({
      type,
      ids: normaliseIds(media.ids, 'ratings item'),
      rating: readRating(raw.user_rating),
      ratedAt: nullableDate(raw.user_rated_at, 'user_rated_at') ?? undefined,
    }),
  );
}
