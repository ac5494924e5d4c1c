/**
 * A Simkl user as the service keeps it: the library (one entry per title), rating tombstones for the
 * ratings delta, the `/sync/activities` clocks, an active check-in and the scrobble state (playback.ts).
 * Stamps are whole seconds like Simkl's, so two writes in the same second share one stamp, and
 * `date_from` = a saved activities value (strictly after) misses a write made later in the same second —
 * as it does against Simkl.
 */
import { isoSeconds } from './dates';
import { newScrobbleState, type ScrobbleState } from './playback';
import type { Kind, ListStatus } from './types';

export type BucketKey =
  | 'all'
  | 'rated_at'
  | 'playback'
  | 'plantowatch'
  | 'watching'
  | 'completed'
  | 'hold'
  | 'dropped'
  | 'removed_from_list';

export interface Stamp {
  ms: number;
  iso: string;
}

export interface EntryState {
  simkl: number;
  kind: Kind;
  status: ListStatus;
  rating: number | null;
  ratedAt: string | null;
  /** When the rating last changed (set or removed): what the ratings delta filters on. */
  ratingChangedMs: number | null;
  addedAt: string;
  lastWatchedAt: string | null;
  /** 'season:episode' → watched_at. Anime use season 1. */
  watched: Map<string, string>;
  changed: Stamp;
  memo?: { text: string; is_private: boolean };
}

export interface Checkin {
  simkl: number;
  season?: number;
  episode?: number;
  expiresMs: number;
}

export interface UserState {
  id: number;
  name: string;
  joinedAt: string;
  library: Map<number, EntryState>;
  /** Ratings that went away with their item: the ratings delta still reports them as `null`. */
  tombstones: Map<number, { kind: Kind; changed: Stamp }>;
  all: string | null;
  settingsAt: string;
  buckets: Record<Kind, Record<BucketKey, string | null>>;
  lastStampMs: number;
  checkin: Checkin | null;
  scrobble: ScrobbleState;
}

const BUCKET_KEYS: BucketKey[] = [
  'all',
  'rated_at',
  'playback',
  'plantowatch',
  'watching',
  'completed',
  'hold',
  'dropped',
  'removed_from_list',
];

function emptyBucket(): Record<BucketKey, string | null> {
  return Object.fromEntries(BUCKET_KEYS.map((key) => [key, null])) as Record<BucketKey, string | null>;
}

export function newUser(id: number, name: string, nowMs: number): UserState {
  const joinedAt = isoSeconds(nowMs);
  return {
    id,
    name,
    joinedAt,
    library: new Map(),
    tombstones: new Map(),
    all: joinedAt,
    settingsAt: joinedAt,
    buckets: { movie: emptyBucket(), show: emptyBucket(), anime: emptyBucket() },
    lastStampMs: Date.parse(joinedAt),
    checkin: null,
    scrobble: newScrobbleState(),
  };
}

/**
 * One stamp per write request: the current whole second. Writes within one second share it (Simkl does
 * not make them increase); a clock set back never moves a stamp before an earlier one.
 */
export function nextStamp(user: UserState, nowMs: number): Stamp {
  const ms = Math.max(Math.floor(nowMs / 1000) * 1000, user.lastStampMs);
  user.lastStampMs = ms;
  return { ms, iso: isoSeconds(ms) };
}

/** Moves `all`, the library's `all` and the named buckets. */
export function bump(user: UserState, kind: Kind, keys: BucketKey[], stamp: Stamp): void {
  user.all = stamp.iso;
  const bucket = user.buckets[kind];
  bucket.all = stamp.iso;
  for (const key of keys) bucket[key] = stamp.iso;
}

/** The wire shape of `/sync/activities`; movies have no watching/hold buckets. */
export function activitiesBody(user: UserState): Record<string, unknown> {
  const { watching: _w, hold: _h, ...movies } = user.buckets.movie;
  return {
    all: user.all,
    settings: { all: user.settingsAt },
    tv_shows: { ...user.buckets.show },
    anime: { ...user.buckets.anime },
    movies,
  };
}
