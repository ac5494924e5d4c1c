/**
 * The one typed protocol between the pages (content scripts, popup, options) and the background.
 * Messages carry user intents, never credentials or URLs to fetch; the background checks every
 * sender and payload (lib/background/router.ts) and answers errors as data.
 */
import { browser } from 'wxt/browser';
import type { ErrorData } from './errors';
import type { PosterSize } from './images/urls';
import type {
  DetectedMedia,
  LibraryEntry,
  ListStatus,
  MediaIds,
  Rating,
  SimklItem,
  SimklType,
  Site,
} from './media';
import type { NetflixViewing } from './sites/netflix-history';
import type { Settings } from './store/settings';

/** What the in-page control and the popup show for one title. */
export interface ItemView {
  signedIn: boolean;
  /** Why the user is signed out when it was not their choice (a revoked token). */
  signedOutReason?: string;
  /** Whether the title was matched to a Simkl item (from the mirror or a lookup). */
  known: boolean;
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
  /** Titles whose Simkl episode list is cached (a day each); absent where the cache is not kept. */
  catalogue?: { titles: number };
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

/** A corrected match (issue 11 §3): a page's site id → the Simkl item the user chose instead. */
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
  item: ItemView;
  /** The episode state after the optimistic patch (before it, for a preview). */
  episodes: EpisodesView;
}

/** How many titles one listStates message may carry (a long chart, a grown infinite scroll). */
export const MAX_LISTED_TITLES = 1000;
// --- Scrobbling (issue 9 §1): the Netflix player talks over a long-lived port, so a closed tab
// still stops (the port's disconnect); the popup asks what is tracked through two intents.

/** The runtime.connect name of a player's port. */
export const SCROBBLE_PORT = 'simkl-scrobble/1';

/** Player → background: a scrobble to send, or (`progress`) where playback is, which sends nothing. */
export interface PlayerMessage {
  kind: 'start' | 'pause' | 'stop' | 'progress';
  media: DetectedMedia;
  /** 0–100. */
  progress: number;
}

/** Background → player: Don't track this was chosen for the playing title. */
export interface PlayerNotice {
  ignored: true;
}

/** A playback being tracked, for the popup. */
export interface TrackingView {
  tabId: number;
  media: DetectedMedia;
  progress: number;
}

// --- The Netflix history import (issue 9 §2): the viewing-activity page reads Netflix's own JSON and
// hands it over; the background (which owns every Simkl call) plans, previews and imports.

/** Why reading the Netflix history gave nothing (lib/import/read-history.ts). */
export type ImportReadFailure = 'format-changed' | 'signed-out' | 'page-failed';

/** One show's episodes as the page read them: `[videoId, season, episode]`. */
export interface ImportShowData {
  netflix: string;
  title?: string;
  year?: number;
  episodes: Array<[string, number, number]>;
}

/** What the viewing-activity page read: every viewing and its shows, or why it could not. */
export type ImportHistoryRequest =
  | { viewings: NetflixViewing[]; shows: ImportShowData[] }
  | { failure: ImportReadFailure };

/** The preview's numbers (the sentence is built where it is shown, in the reader's language). */
export interface ImportSummary {
  viewings: number;
  movies: number;
  episodes: number;
  shows: number;
  /** Films and episodes to send. */
  fresh: number;
  /** Labels of what could not be matched. */
  unmatched: string[];
}

/** The import as every page shows it. */
export interface ImportView {
  phase: 'idle' | 'reading' | 'preview' | 'importing' | 'waiting' | 'done' | 'failed';
  /** Popup and options: whether a Netflix tab is open to read the history from. */
  netflixTab?: boolean;
  summary?: ImportSummary;
  progress?: { sent: number; total: number };
  /** Done: what Simkl could not place. */
  notFound?: number;
  failure?: ImportReadFailure | 'signed-out-simkl';
  /** For the viewing-activity page: the popup asked for a read. */
  readRequested?: boolean;
}

/** Every intent: its request and its answer. */
export interface ProtocolMap {
  status: { request: { media: DetectedMedia }; response: ItemView };
  setStatus: { request: { media: DetectedMedia; status: ListStatus }; response: ItemView };
  markWatched: { request: { media: DetectedMedia; scope?: MarkWatchedScope }; response: ItemView };
  rate: { request: { media: DetectedMedia; rating: Rating | null }; response: ItemView };
  removeFromList: { request: { media: DetectedMedia }; response: ItemView };
  checkin: { request: { media: DetectedMedia }; response: ItemView };
  search: { request: { query: string; type: SimklType }; response: SearchResultView[] };
  signIn: { request: { mode?: SignInMode }; response: AccountView };
  signOut: { request: Record<string, never>; response: AccountView };
  account: { request: Record<string, never>; response: AccountView };
  pending: { request: Record<string, never>; response: PendingView };
  retryWrite: { request: { id: string }; response: PendingView };
  discardWrite: { request: { id: string }; response: PendingView };
  /** Drops every write another user left waiting (by their Simkl user id). */
  discardWaiting: { request: { user: number }; response: PendingView };
  syncNow: { request: Record<string, never>; response: SyncView };
  /** The last sync's time and error, without syncing. */
  syncStatus: { request: Record<string, never>; response: SyncView };
  upcoming: { request: { days?: number }; response: UpcomingView };
  /** A Simkl poster path as a data: URL, through the background's image cache. */
  poster: { request: { path: string; size?: PosterSize }; response: { dataUrl: string } };
  cacheStats: { request: Record<string, never>; response: CacheStatsView };
  clearCaches: { request: Record<string, never>; response: CacheStatsView };
  exportData: { request: Record<string, never>; response: ExportView };
  /** A list page's titles, all in one message: what each is on the user's lists (no request to Simkl). */
  listStates: { request: { titles: DetectedMedia[] }; response: Array<ListedState | null> };
  /** A title's watched episodes by its Simkl id (as `status` resolved it), from the mirror alone. */
  episodes: { request: { type: SimklType; simkl: number; catalogue?: boolean }; response: EpisodesView };
  /** Episode and season writes (issue 11 §2): through the outbox like every write. */
  episodeAction: { request: EpisodeActionRequest; response: EpisodeActionView };
  /**
   * Simkl's score of the popup's title (issue 11 §4), cached a day; by `simkl` when the popup knows
   * the item, else by the page's own ids. Null: Simkl has no score for it. Never from a page visit.
   */
  score: { request: { media: DetectedMedia; simkl?: number }; response: ScoreView | null };
  /** "Not this?" (issue 11 §3): Simkl's text search in all three types, merged, the year's matches first. */
  matchSearch: { request: { query: string; year?: number }; response: SearchResultView[] };
  /** The user's choice for the page: kept as an override, the cached lookup dropped; every open page updates. */
  setMatch: { request: { media: DetectedMedia; item: SearchResultView }; response: ItemView };
  /** Undo match: the override and the cached lookup go; the page resolves afresh. */
  clearMatch: { request: { media: DetectedMedia }; response: ItemView };
  /** The in-page menu's "Not this?": the background opens the search in the extension's own window. */
  openMatchSearch: { request: { media: DetectedMedia }; response: { opened: boolean } };
  /** The options page's list of overrides, and removing one of them. */
  matchOverrides: { request: Record<string, never>; response: MatchOverrideView[] };
  removeMatchOverride: { request: { key: string }; response: MatchOverrideView[] };
  /** Scrobbling: what the players are tracking now, and Don't track this (no watched mark). */
  tracking: { request: Record<string, never>; response: TrackingView[] };
  stopTracking: { request: { tabId: number }; response: TrackingView[] };
  /** The import: where it is; the page's reading; the user's go; the popup's "read it now". */
  importState: { request: Record<string, never>; response: ImportView };
  importHistory: { request: ImportHistoryRequest; response: ImportView };
  importStart: { request: Record<string, never>; response: ImportView };
  importRead: { request: Record<string, never>; response: ImportView };
}

export type Intent = keyof ProtocolMap;
export type IntentRequest<K extends Intent> = ProtocolMap[K]['request'];
export type IntentResponse<K extends Intent> = ProtocolMap[K]['response'];

/** Intents a content script may send; everything else is for the extension's own pages. */
export const CONTENT_SCRIPT_INTENTS: readonly Intent[] = [
  'status',
  'setStatus',
  'markWatched',
  'rate',
  'removeFromList',
  'signIn',
  'account',
  'listStates',
  'importState',
  'importHistory',
  'importStart',
  'episodes',
  'episodeAction',
  'clearMatch',
  'openMatchSearch',
];

/** Intents only a content script may send: the popup and the options page have no list page. */
export const CONTENT_ONLY_INTENTS: readonly Intent[] = ['listStates', 'importHistory'];

/** Intents a content script may send only from one site's pages: the import reads Netflix. */
export const CONTENT_INTENT_SITES: Partial<Record<Intent, Site>> = {
  importState: 'netflix',
  importHistory: 'netflix',
  importStart: 'netflix',
};

/** Background → a site's content script: focus the control and open its menu (a keyboard command). */
export const OPEN_MENU_REQUEST = 'simkl-open-menu';

/** Marks our messages so that nothing else on the runtime channel is mistaken for one. */
export const PROTOCOL_TAG = 'simkl-extension/1';

export interface IntentMessage<K extends Intent = Intent> {
  protocol: typeof PROTOCOL_TAG;
  intent: K;
  data: IntentRequest<K>;
}

export type Answer<T> = { ok: true; value: T } | { ok: false; error: ErrorData };

/** Sends an intent to the background; errors come back as data, never as a throw. */
export async function sendIntent<K extends Intent>(
  intent: K,
  data: IntentRequest<K>,
): Promise<Answer<IntentResponse<K>>> {
  const message: IntentMessage<K> = { protocol: PROTOCOL_TAG, intent, data };
  try {
    const answer = (await browser.runtime.sendMessage(message)) as Answer<IntentResponse<K>> | undefined;
    if (!answer || typeof answer !== 'object' || !('ok' in answer)) {
      return { ok: false, error: { kind: 'internal', message: 'The extension did not answer.' } };
    }
    return answer;
  } catch (error) {
    // The background restarting or the extension being reloaded under an open page.
    return {
      ok: false,
      error: { kind: 'internal', message: error instanceof Error ? error.message : String(error) },
    };
  }
}

/**
 * Keys in browser.storage.local that the background bumps so open pages can refresh.
 * They hold counters only. Nothing secret lives in storage.local: besides the settings, only the
 * title index (lib/title-index/format.ts: the signed-in user's titles' states, never a token).
 */
export const REVISION_KEYS = { library: 'libraryRevision', account: 'accountRevision' } as const;
