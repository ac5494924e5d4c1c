import type { ErrorData } from '../errors';
import type { LibraryEntry, ListStatus, MediaIds, MediaKind, Rating, SimklItem, SimklType } from '../media';
import type { WatchedSeasons } from '../simkl/api';
import type { EpisodeRef } from './episode-code';

/** Time as the background sees it; injected so tests can move it. */
export interface Clock {
  now(): number;
}
export const systemClock: Clock = { now: () => Date.now() };

/** A Simkl user, as the data kept for them names them. */
export interface UserRef {
  id: number;
  name: string;
}

/**
 * The signed-in Simkl user; undefined while signed out or while nobody can tell who it is. The mirror
 * and the outbox keep each user's data apart by it.
 */
export type CurrentUser = () => Promise<UserRef | undefined>;

/** An optimistic change from the outbox, applied on top of Simkl's truth until the next sync. */
export interface EntryPatch {
  item: SimklItem;
  status?: ListStatus;
  /** null removes the rating. */
  rating?: Rating | null;
  removed?: true;
  /** A movie or the whole show ('all'), or one episode. */
  watched?: 'all' | { season?: number; episode: number };
  /** Several episodes in one write (a season, "mark watched up to here"). */
  watchedEpisodes?: EpisodeRef[];
  /** Episodes taken back (`/sync/history/remove` of episodes or a season). */
  unwatchedEpisodes?: EpisodeRef[];
  /** ISO instant of the change, for lastWatchedAt / ratedAt. */
  at?: string;
}

/** What the mirror keeps per item: Simkl's last word and the outbox's optimistic view of it. */
export interface StoredEntry {
  /** As the last sync saw it; null when only the outbox knows the item. */
  truth: LibraryEntry | null;
  /** The optimistic state (null inside = removed locally); absent when there is nothing pending. */
  local?: { entry: LibraryEntry | null };
}

/**
 * A show's or anime's watched episodes, kept apart from its entry (a long series has hundreds):
 * Simkl's last word and, while writes are pending, the optimistic view of them.
 */
export interface StoredEpisodes {
  truth: WatchedSeasons;
  local?: WatchedSeasons;
}

export interface FoundEntry {
  /** null when the outbox removed it locally. */
  shown: LibraryEntry | null;
  /** null when only the outbox knows it. */
  truth: LibraryEntry | null;
}

export interface SyncOutcome {
  changed: boolean;
}

/**
 * A type (and which parts of it) that a write of ours just changed. Simkl's activity stamps have
 * whole seconds, so a write landing in the second the saved stamps carry leaves them unchanged:
 * the sync after it fetches a touched type whether or not its stamps moved.
 */
export interface Touch {
  type: SimklType;
  /** A rating was set or removed. */
  ratings?: boolean;
  /** An item was removed (only the ids listing shows removals). */
  removal?: boolean;
}

export interface SyncRequest {
  /**
   * Needs a run that starts after this call: a run already under way (which may have read Simkl's
   * state before a write landed) does not count. Implied by `touched`.
   */
  fresh?: boolean;
  touched?: readonly Touch[];
}

export interface SyncState {
  lastSyncAt?: string;
  lastError?: ErrorData;
  /** Titles Simkl sent that could not be read, left out of the mirror (sync.ts, SkippedRows). */
  skipped?: number;
}

/** Narrows `Library.entries`: a list, a library type, or both. */
export interface EntryFilter {
  status?: ListStatus;
  type?: SimklType;
}

export interface Library {
  /** "What is this to me?" by any external id, answered from IndexedDB alone. */
  lookup(ids: MediaIds, kindHint?: MediaKind): Promise<LibraryEntry | null>;
  /** Many titles in one pass over the id index (a list page's badges); null = not on a list. */
  lookupMany(refs: Array<{ ids: MediaIds; kind?: MediaKind }>): Promise<Array<LibraryEntry | null>>;
  /** Both states of the item the ids name: as shown (optimistic) and as Simkl last said. */
  find(ids: MediaIds, kindHint?: MediaKind): Promise<FoundEntry | null>;
  /** Both states of the item with this Simkl id (what a lookup found when the page's ids missed). */
  findItem(type: SimklType, simkl: number): Promise<FoundEntry | null>;
  /** The entry as shown to the user (optimistic changes included). */
  get(type: SimklType, simkl: number): Promise<LibraryEntry | null>;
  /** Simkl's state of the item as of the last sync, without optimistic changes. */
  truth(type: SimklType, simkl: number): Promise<LibraryEntry | null>;
  /**
   * A show's or anime's watched episodes as shown (optimistic changes included), from IndexedDB
   * alone; null when the mirror has none for it (not listed, or a movie).
   */
  episodes(type: SimklType, simkl: number): Promise<WatchedSeasons | null>;
  /** The same as Simkl last said, without optimistic changes (what tells whether a write landed). */
  episodesTruth(type: SimklType, simkl: number): Promise<WatchedSeasons | null>;
  /** Every item as shown, narrowed by `filter`; from IndexedDB alone (the popup's lists, the badge). */
  entries(filter?: EntryFilter): Promise<LibraryEntry[]>;
  /**
   * Incremental sync gated by /sync/activities; concurrent calls share one run, except that a
   * fresh or touching request never counts a run that started before it.
   */
  sync(request?: SyncRequest): Promise<SyncOutcome>;
  applyLocal(patch: EntryPatch): Promise<void>;
  /** Forgets the optimistic state of an item (its write failed or was discarded). */
  dropLocal(type: SimklType, simkl: number): Promise<void>;
  syncState(): Promise<SyncState>;
  /** Sign-out: forget everything, the saved activities and the owner included. */
  clear(): Promise<void>;
  onChange(listener: () => void): () => void;
  /** After every sync run that succeeded, whether or not it changed anything (the badge recounts). */
  onSynced(listener: () => void): () => void;
}
