/**
 * The answers the background gives the pages (content scripts, popup, options) for each intent of
 * lib/messaging.ts: what a title, the account, the queue, the caches and the episodes look like there.
 */
import type { ErrorData } from '../errors';
import type {
  DetectedMedia,
  LibraryEntry,
  ListStatus,
  MediaIds,
  Rating,
  SimklItem,
  SimklType,
  Site,
} from '../media';
import type { Settings } from '../store/settings';

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

export type SignInMode = 'oauth2' | 'oauth1' | 'pin';

export interface AccountView {
  signedIn: boolean;
  mode: SignInMode;
  user?: { name: string; avatar?: string };
  /** Why the user is signed out when it was not their choice, such as a revoked token. */
  signedOutReason?: string;
  /** A PIN sign-in waiting for the user to enter the code on simkl.com. */
  pin?: PinChallenge;
}

export interface PinChallenge {
  userCode: string;
  verificationUrl: string;
  expiresAt: number;
}

export interface PendingWriteView {
  id: string;
  /** A human description: "The Matrix (1999) → Plan to Watch". */
  label: string;
  state: 'queued' | 'sending' | 'failed';
  attempts: number;
  error?: ErrorData;
  /** A queued write's next try after a failure (UTC ISO): not before then. */
  retryAt?: string;
}

/** Writes another Simkl user made: kept for them, never sent under the signed-in account. */
export interface WaitingWritesView {
  /** Their Simkl user id. */
  user: number;
  name: string;
  count: number;
}

export interface PendingView {
  pending: number;
  failed: number;
  /** The signed-in user's writes. */
  writes: PendingWriteView[];
  /** Other users' writes, per user; absent when there are none. */
  waiting?: WaitingWritesView[];
  /**
   * How many writes were made in a session that ended before Simkl said whose it was: never sent
   * (they could be anyone's), only discarded. Absent when there are none.
   */
  unclaimed?: number;
}

export type MarkWatchedScope = 'item' | 'episode' | 'next' | 'show';

export interface SearchResultView {
  simkl: number;
  type: SimklType;
  title: string;
  year?: number;
  poster?: string;
}

export interface SyncView {
  lastSyncAt?: string;
  lastError?: ErrorData;
  /** After a failed sync: when the background tries again by itself (UTC ISO), if it will. */
  nextSyncAt?: string;
  /** Titles Simkl sent that the extension could not read, left out of the local lists. */
  skipped?: number;
}

/** One airing of a Watching show or anime, or the release of a planned movie. */
export interface UpcomingEntryView {
  simkl: number;
  type: SimklType;
  title: string;
  poster?: string;
  /** UTC ISO. */
  airsAt: string;
  season?: number;
  episode?: number;
  episodeTitle?: string;
}

export interface UpcomingView {
  /** Signed out: no lists to follow, so no entries. */
  signedIn: boolean;
  days: number;
  entries: UpcomingEntryView[];
}

export interface CacheStatsView {
  images: { count: number; bytes: number };
  calendar: { files: number; entries: number };
  /** Cached answers of `/search/id` (hits and misses). */
  resolve: { entries: number };
  /** Titles whose Simkl score is cached (a day each). */
  scores: { titles: number };
  /** Titles whose Simkl episode list is cached (a day each). */
  catalogue: { titles: number };
}

/** Simkl's community score of a title (public `/ratings`), for the popup. */
export interface ScoreView {
  /** 1–10, as Simkl averages it. */
  rating: number;
  votes?: number;
  /** The title's page on simkl.com. */
  url?: string;
}

/** "Export my data": everything the extension keeps locally, except any credential. */
export interface ExportView {
  format: 'simkl-extension-export/1';
  exportedAt: string;
  account: { signedIn: boolean; mode: SignInMode; user?: string };
  settings: Settings;
  sync: SyncView;
  library: LibraryEntry[];
  pendingWrites: PendingWriteView[];
  /** The user's corrected matches ("Not this?"), newest first. */
  overrides: MatchOverrideView[];
}

/** A corrected match ("Not this?"): a page's site id → the Simkl item the user chose instead. */
export interface MatchOverrideView {
  /** The site id it is kept under: `imdb:tt0386676`, `tmdb:show:2316`, `mal:1`, `netflix:80057281`. */
  key: string;
  site: Site;
  pageId: string;
  /** The chosen Simkl item (type, ids.simkl, title, year, poster). */
  item: SimklItem;
  /** When it was chosen (UTC ISO). */
  at: string;
}

/** One listed title's state for its badge, from the mirror alone; null in the answer = not listed. */
export interface ListedState {
  status: ListStatus;
  rating: Rating | null;
  /** Shows and anime: episodes watched, and of how many when Simkl knows. */
  watched?: number;
  total?: number;
}

/**
 * A show's or anime's watched episodes, from the mirror alone (no request to Simkl): season →
 * episode → when Simkl recorded it (UTC ISO; null when it gave no date). Anime count in season 1.
 */
export interface EpisodesView {
  /** False when the mirror has none for the title: not on the lists, a movie, or signed out. */
  known: boolean;
  seasons: Record<number, Record<number, string | null>>;
  /**
   * Asked with `catalogue: true`: the title's regular episodes as Simkl lists them (specials left
   * out), in order, from the background's catalogue cache (one Simkl request per title a day at most).
   */
  catalogue?: CatalogueEpisodeView[];
  /** Asked with `catalogue: true` and Simkl could not be asked for its list: why. */
  catalogueFailed?: ErrorData;
}

/** One regular episode of Simkl's episode list, for season progress and the popup's seasons. */
export interface CatalogueEpisodeView {
  /** Anime: 1 (Simkl numbers an anime's episodes in one season). */
  season: number;
  episode: number;
  title?: string;
  /** Aired by now (Simkl's flag, else its broadcast date); catch-up and progress count only these. */
  aired: boolean;
}

/**
 * The episode and season actions of an episode page, a season page and the popup's seasons:
 * - `watch` / `unwatch`: one episode (`season`, `episode`; default the page's own);
 * - `catchUp`: "Mark watched up to here", every earlier aired regular episode not yet watched and
 *   this one, in one /sync/history write;
 * - `watchSeason` / `unwatchSeason`: every aired regular episode of `season` not yet watched / every
 *   watched episode of it (/sync/history/remove).
 */
export type EpisodeActionKind = 'watch' | 'unwatch' | 'catchUp' | 'watchSeason' | 'unwatchSeason';

export interface EpisodeActionRequest {
  /** The page's title (an episode page's media, or the show); resolved like `status`. */
  media: DetectedMedia;
  action: EpisodeActionKind;
  /** Default: the media's own season and episode. */
  season?: number;
  episode?: number;
  /** Count only: nothing is written (the confirmation's "Mark 12 episodes as watched?"). */
  preview?: boolean;
}

export interface EpisodeActionView {
  /** How many episodes it marks or takes back (0: nothing to do, nothing written). */
  count: number;
  /** Several episodes: the first and the last of them, for the confirmation's "S4E1–S4E11". */
  range?: { first: { season?: number; episode: number }; last: { season?: number; episode: number } };
  item: ItemView;
  /** The episode state after the optimistic patch (before it, for a preview). */
  episodes: EpisodesView;
}

/** How many titles one listStates message may carry (a long chart, a grown infinite scroll). */
export const MAX_LISTED_TITLES = 1000;
