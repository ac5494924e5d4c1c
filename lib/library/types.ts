import type { ErrorData } from '../errors';
import type { LibraryEntry, ListStatus, MediaIds, MediaKind, Rating, SimklItem, SimklType } from '../media';

/** Time as the background sees it; injected so tests can move it. */
export interface Clock {
  now(): number;
}
export const systemClock: Clock = { now: () => Date.now() };

/** An optimistic change from the outbox, applied on top of Simkl's truth until the next sync. */
export interface EntryPatch {
  item: SimklItem;
  status?: ListStatus;
  /** null removes the rating. */
  rating?: Rating | null;
  removed?: true;
  /** A movie or the whole show ('all'), or one episode. */
  watched?: 'all' | { season?: number; episode: number };
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

export interface FoundEntry {
  /** null when the outbox removed it locally. */
  shown: LibraryEntry | null;
  /** null when only the outbox knows it. */
  truth: LibraryEntry | null;
}

export interface SyncOutcome {
  changed: boolean;
}

export interface SyncState {
  lastSyncAt?: string;
  lastError?: ErrorData;
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
  /** The entry as shown to the user (optimistic changes included). */
  get(type: SimklType, simkl: number): Promise<LibraryEntry | null>;
  /** Simkl's state of the item as of the last sync, without optimistic changes. */
  truth(type: SimklType, simkl: number): Promise<LibraryEntry | null>;
  /** Every item as shown, narrowed by `filter`; from IndexedDB alone (the popup's lists, the badge). */
  entries(filter?: EntryFilter): Promise<LibraryEntry[]>;
  /** Incremental sync gated by /sync/activities; concurrent calls share one run. */
  sync(): Promise<SyncOutcome>;
  applyLocal(patch: EntryPatch): Promise<void>;
  /** Forgets the optimistic state of an item (its write failed or was discarded). */
  dropLocal(type: SimklType, simkl: number): Promise<void>;
  syncState(): Promise<SyncState>;
  /** Sign-out: forget everything, the saved activities included. */
  clear(): Promise<void>;
  onChange(listener: () => void): () => void;
  /** After every sync run that succeeded, whether or not it changed anything (the badge recounts). */
  onSynced(listener: () => void): () => void;
}
