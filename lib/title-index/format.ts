/**
 * The title index: the signed-in user's titles by site id, in storage.local, so that content scripts
 * show a title's state without waking the background (docs/architecture.md, The title index). The background
 * writes it (writer.ts), the pages read it (read.ts); this file is the contract both follow.
 *
 * storage.local holds two keys: `titleIndexUser`, a small pointer naming the signed-in user and the
 * format version, and `titleIndex`, that user's index (naming its user too). One key for the index, so
 * a page reads the pointer and the index by name in one read, and never another user's index: there is
 * no other. No token, no title, no date: what a badge or the control's label shows (type, status,
 * rating, progress) under the ids a page carries. Any other version, a missing pointer (signed out) or
 * an index of another user than the pointer's reads as "no index": the page asks the background as before.
 *
 * One row per title, rows joined by "\n", fields by "|", trailing empty fields dropped:
 *   <type><status> | rating | watched | total | next | imdb | tmdb | mal | netflix | anidb | tvdb
 * type and status by their first letters (m, s, a; p, w, c, h, d: each unique); tmdb is scoped, "m603"
 * (a film) or "t1399" (TV), since TMDB numbers the two apart. Ids as id-keys.ts normalises them (Simkl seldom has a
 * Netflix id: docs/simkl-api.md, Ids and media objects; the ids lookups found an item by join its row,
 * looked-up.ts).
 */
import type { ListStatus, SimklType } from '../media';

/**
 * 2: AniDB and TVDB ids joined the rows. 3: the index moved from a key per user (`titleIndex:<id>`) to
 * one key; an older index is rebuilt at start-up and the per-user keys are dropped (writer.ts).
 */
export const TITLE_INDEX_VERSION = 3;
/** The id fields after the five state fields, in row order: decode.ts finds a page's id by it. */
export const TITLE_INDEX_ID_FIELDS = ['imdb', 'tmdb', 'mal', 'netflix', 'anidb', 'tvdb'] as const;
export const TITLE_INDEX_USER_KEY = 'titleIndexUser';
export const TITLE_INDEX_PREFIX = 'titleIndex';
/** The signed-in user's index, the only one storage.local holds. */
export const TITLE_INDEX_KEY = TITLE_INDEX_PREFIX;

/** An index kept per user before version 3, or left by another user: the writer drops it. */
export function isPerUserIndexKey(key: string): boolean {
  return key.startsWith(`${TITLE_INDEX_PREFIX}:`);
}

/** Which user's index the pages may read, and in which format. */
export interface TitleIndexPointer {
  v: number;
  user: number;
}

export interface StoredTitleIndex {
  v: number;
  user: number;
  /** How many rows (a check on the decoding, and the bench's count). */
  count: number;
  rows: string;
}

/** One title as the index tells it. */
export interface IndexedTitle {
  type: SimklType;
  status: ListStatus;
  rating: number | null;
  watched?: number;
  total?: number;
  next?: string;
}

export const SIMKL_TYPES: readonly SimklType[] = ['movie', 'show', 'anime'];
