/**
 * A title as the in-page control and the popup show it (the `status` answer and every write's), what
 * a search finds, Simkl's score of a title, and the list badges' states (lib/messaging.ts).
 */
import type { ErrorData } from '../errors';
import type { ListStatus, MediaIds, Rating, SimklType } from '../media';

/** What the in-page control and the popup show for one title. */
export interface ItemView {
  signedIn: boolean;
  /** Why the user is signed out when it was not their choice (a revoked token). */
  signedOutReason?: string;
  /** Whether the title was matched to a Simkl item (from the mirror or a lookup). */
  known: boolean;
  /**
   * Why Simkl could not be asked which title this is (offline, Simkl failing): with it, `known: false`
   * means not known yet, never "Simkl has no match".
   */
  lookupFailed?: ErrorData;
  simkl?: number;
  type?: SimklType;
  title?: string;
  year?: number;
  poster?: string;
  ids?: MediaIds;
  status: ListStatus | null;
  rating: Rating | null;
  /**
   * Shows and anime: how far the user is. `next` reads like "S02E05" or "E148"; `nextAirsAt` (UTC ISO)
   * is when that episode airs, from Simkl's calendar, while it is still to come (popup only).
   */
  progress?: { watched: number; total?: number; next?: string | null; nextAirsAt?: string };
  /** Writes for this item that are stored but not yet confirmed by Simkl. */
  pendingWrites: number;
  /** Why the item's writes wait to be sent again (offline, Simkl failing): the latest try's error. */
  waiting?: ErrorData;
  /** The last write for this item that failed for good, if any. */
  failure?: ErrorData;
  /** The item's page on simkl.com. */
  url?: string;
  /** The match (title, year, type) is the user's own choice for this page ("Not this?"), not Simkl's lookup. */
  overridden?: true;
}

export type MarkWatchedScope = 'item' | 'episode' | 'next' | 'show';

export interface SearchResultView {
  simkl: number;
  type: SimklType;
  title: string;
  year?: number;
  poster?: string;
}

/** Simkl's community score of a title (public `/ratings`), for the popup. */
export interface ScoreView {
  /** 1–10, as Simkl averages it. */
  rating: number;
  votes?: number;
  /** The title's page on simkl.com. */
  url?: string;
}

/** One listed title's state for its badge, from the mirror alone; null in the answer = not listed. */
export interface ListedState {
  status: ListStatus;
  rating: Rating | null;
  /** Shows and anime: episodes watched, and of how many when Simkl knows. */
  watched?: number;
  total?: number;
}

/** How many titles one listStates message may carry (a long chart, a grown infinite scroll). */
export const MAX_LISTED_TITLES = 1000;
