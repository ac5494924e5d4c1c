import type { ErrorData, ErrorKind } from '../errors';
import type { UserRef } from '../library/types';
import type { LibraryEntry, ListStatus, MediaIds, MediaKind, Rating, SimklType } from '../media';
import type { PendingView } from '../messaging';

/** The title a write is about. `type` and `ids.simkl` may be missing until it is resolved at send time. */
export interface WriteTarget {
  type?: SimklType;
  /** The page's kind, to resolve the ids when `type` is unknown. */
  kind?: MediaKind;
  ids: MediaIds;
  title?: string;
  year?: number;
}

/**
 * A player's stop past 80 % (docs/architecture.md, A playback): sent as `/scrobble/stop` on its first attempt
 * while the scrobble is still valid; any later attempt is a `/sync/history` write at the moment it finished.
 */
export interface ScrobbleOrigin {
  progress: number;
  /** Epoch ms after which a late `/scrobble/stop` would be stale. */
  until: number;
}

/** One season of a several-episode write: its episode numbers, in order. */
export interface EpisodeSeason {
  number: number;
  episodes: number[];
}

/**
 * Several episodes in one write (docs/architecture.md, Episodes and seasons: "mark watched up to here", a
 * season, an unwatch): ONE /sync/history (watch) or /sync/history/remove (unwatch) item naming seasons →
 * episodes. An unwatch naming no episode is never sent (without seasons the removal takes the whole show).
 */
export interface EpisodesAction {
  kind: 'episodes';
  mode: 'watch' | 'unwatch';
  seasons: EpisodeSeason[];
  /** As in the single-episode write: TVDB numbering for an anime (history only, not the removal). */
  tvdbSeasons?: true;
}

export type WriteAction =
  | { kind: 'status'; status: ListStatus }
  /** scope 'item': a movie, or a whole show (Simkl's history without seasons). */
  | { kind: 'watched'; scope: 'item'; scrobble?: ScrobbleOrigin }
  | {
      kind: 'watched';
      scope: 'episode';
      season?: number;
      episode: number;
      scrobble?: ScrobbleOrigin;
      /**
       * The season and episode as TVDB counts them (a site with seasons, such as Netflix): an anime's
       * history write then says so, since Simkl numbers anime seasons as separate entries (AniDB).
       */
      tvdbSeasons?: true;
    }
  | EpisodesAction
  | { kind: 'rate'; rating: Rating }
  | { kind: 'unrate' }
  | { kind: 'remove' }
  | { kind: 'checkin'; season?: number; episode?: number };

export type WriteState = 'queued' | 'sending' | 'failed';

export interface OutboxWrite {
  id: string;
  /** Send order. */
  seq: number;
  target: WriteTarget;
  action: WriteAction;
  state: WriteState;
  attempts: number;
  createdAt: number;
  /** Not before this instant (backoff, Retry-After). */
  notBefore?: number;
  /** Why it failed for good, or why the last attempt did not go through. */
  error?: ErrorData & { kind: ErrorKind };
  /** It may have reached Simkl: check Simkl's state before sending it again. */
  uncertain?: boolean;
  /** Simkl's state of the item just before the send, to tell whether an uncertain write landed. */
  before?: LibraryEntry | null;
  /** The Simkl user who made it: only their session ever sends it. */
  user?: UserRef;
  /**
   * Made while the signed-in user was not known yet: the key of the session it was made in, which
   * alone may show it until it names its user (then `user` is added); it is never sent without one.
   */
  session?: string;
}

export interface Outbox {
  /** Resumes after a restart: re-checks writes caught 'sending', then sends what is due. */
  start(): Promise<void>;
  /** Stores the write durably, applies it optimistically, and (unless disabled) starts sending. */
  enqueue(target: WriteTarget, action: WriteAction): Promise<OutboxWrite>;
  /** Sends every due write in order; resolves when the queue is idle. For tests and the alarm. */
  flush(): Promise<void>;
  /** The network is back: writes waiting because they were offline go now. */
  online(): Promise<void>;
  pending(): Promise<PendingView>;
  /** Queued, sending and failed writes about the item with these ids. */
  writesFor(ids: MediaIds, kind?: MediaKind): Promise<OutboxWrite[]>;
  retry(id: string): Promise<void>;
  discard(id: string): Promise<void>;
  /** The user signed in again (a new token): their waiting writes go now, not after their backoff. */
  resumeSession(): Promise<void>;
  /** Drops the writes another user left waiting; the signed-in user's own stay. */
  discardWaiting(user: number): Promise<void>;
  /** Drops the writes of sessions that ended before their user was known (owner.ts, isUnclaimed). */
  discardUnclaimed(): Promise<void>;
  /** Forgets every write of every user. */
  clear(): Promise<void>;
  onChange(listener: () => void): () => void;
}
