/**
 * The one typed protocol between the pages (content scripts, popup, options) and the background.
 * Messages carry user intents, never credentials or URLs to fetch; the background checks every
 * sender and payload (lib/background/intents/router.ts) and answers errors as data.
 */
import { browser } from 'wxt/browser';
import type { ErrorData } from './errors';
import type { PosterSize } from './images/urls';
import type { DetectedMedia, ListStatus, Rating, SimklType, Site } from './media';
import type { MenuActionView, MenuConfirmView } from './messaging/menu-action';
import type { PartName } from './messaging/part-names';
import type { ImportHistoryRequest, ImportView, TrackingView } from './messaging/playback';
import type {
  AccountView,
  CacheStatsView,
  EpisodeActionRequest,
  EpisodeActionView,
  EpisodesView,
  ExportView,
  ItemView,
  ListedState,
  MarkWatchedScope,
  MatchOverrideView,
  PendingView,
  ScoreView,
  SearchResultView,
  SignInMode,
  SyncView,
  UpcomingView,
} from './messaging/views';

export * from './messaging/menu-action';
export * from './messaging/playback';
export * from './messaging/views';

/** Every intent: its request and its answer. */
export interface ProtocolMap {
  status: { request: { media: DetectedMedia }; response: ItemView };
  setStatus: { request: { media: DetectedMedia; status: ListStatus }; response: ItemView };
  markWatched: { request: { media: DetectedMedia; scope?: MarkWatchedScope }; response: ItemView };
  rate: { request: { media: DetectedMedia; rating: Rating | null }; response: ItemView };
  removeFromList: { request: { media: DetectedMedia }; response: ItemView };
  checkin: { request: { media: DetectedMedia }; response: ItemView };
  /** `all`: Simkl's three libraries at once, merged (lib/background/match/match-search.ts). */
  search: { request: { query: string; type: SimklType | 'all' }; response: SearchResultView[] };
  signIn: { request: { mode?: SignInMode }; response: AccountView };
  signOut: { request: Record<string, never>; response: AccountView };
  account: { request: Record<string, never>; response: AccountView };
  pending: { request: Record<string, never>; response: PendingView };
  retryWrite: { request: { id: string }; response: PendingView };
  discardWrite: { request: { id: string }; response: PendingView };
  /**
   * Drops every write another user left waiting (by their Simkl user id), or the unclaimed ones
   * (PendingView.unclaimed).
   */
  discardWaiting: { request: { user: number } | { unclaimed: true }; response: PendingView };
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
  /**
   * Episode and season writes: through the outbox like every write
   * (docs/architecture.md, Episodes and seasons).
   */
  episodeAction: { request: EpisodeActionRequest; response: EpisodeActionView };
  /**
   * Simkl's score of the popup's title (docs/architecture.md, The popup), cached a day; by `simkl` when the
   * popup knows the item, else by the page's own ids. Null: Simkl has no score for it. Never from a page
   * visit.
   */
  score: { request: { media: DetectedMedia; simkl?: number }; response: ScoreView | null };
  /** "Not this?": Simkl's text search in all three types, merged, the year's matches first. */
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
  /**
   * The import: where it is; the page's reading (answered at once with the plan job it became, which
   * the page then follows through `importState`); the user's go on the preview it names; the popup's
   * "read it now"; Discard of another user's waiting import (named by their Simkl user id); the
   * preview again once the user found an unknown title's match (a "Not this?" override).
   */
  importState: { request: Record<string, never>; response: ImportView };
  importHistory: { request: ImportHistoryRequest; response: ImportView };
  importStart: { request: { plan: string }; response: ImportView };
  importRead: { request: Record<string, never>; response: ImportView };
  importDiscard: { request: { user: number }; response: ImportView };
  /** Stop import: the user's import under way ends after the batch in flight. */
  importStop: { request: Record<string, never>; response: ImportView };
  importRematch: { request: { plan: string }; response: ImportView };
  /** The history page's "Find them on Simkl": the options' import, where each has its match search. */
  importFindUnmatched: { request: Record<string, never>; response: { opened: boolean } };
  /**
   * The link context menu's confirm window: the pending action it names, Confirm (the one write, once)
   * and Cancel. The window's own page only (docs/architecture.md, Menus, commands and the badge).
   */
  menuAction: { request: { id: string }; response: MenuActionView };
  menuConfirm: { request: { id: string }; response: MenuConfirmView };
  menuCancel: { request: { id: string }; response: { cancelled: boolean } };
  /**
   * A content script's part (lib/page/parts/part-names.ts), put by the worker into the sender's own
   * tab, frame and isolated world (docs/architecture.md, Loading code on demand).
   */
  loadPart: { request: { part: PartName }; response: { loaded: true } };
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
  'importDiscard',
  'importStop',
  'importFindUnmatched',
  'episodes',
  'episodeAction',
  'clearMatch',
  'openMatchSearch',
  'loadPart',
];

/** Intents only a content script may send: the popup and the options page have no list page. */
export const CONTENT_ONLY_INTENTS: readonly Intent[] = [
  'listStates',
  'importHistory',
  'importFindUnmatched',
  'loadPart',
];

/** Intents a content script may send only from one site's pages: the import reads Netflix. */
export const CONTENT_INTENT_SITES: Partial<Record<Intent, Site>> = {
  importState: 'netflix',
  importHistory: 'netflix',
  importStart: 'netflix',
  importDiscard: 'netflix',
  importStop: 'netflix',
  importFindUnmatched: 'netflix',
};

/** The options page's import section: "Find them on Simkl" opens the options there. */
export const OPTIONS_IMPORT_ANCHOR = 'import-heading';

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
