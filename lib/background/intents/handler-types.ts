import type { Intent, IntentRequest, IntentResponse } from '../../messaging';

/** Who sent a message, as the router established it. */
export interface HandlerContext {
  from: 'page' | 'content';
  tabId?: number;
  /** The sending content script's frame in that tab. */
  frameId?: number;
  url?: string;
}

export type IntentHandler<K extends Intent> = (
  data: IntentRequest<K>,
  context: HandlerContext,
) => Promise<IntentResponse<K>>;

/**
 * The router's handler map. Item intents come from createItemHandlers; the account intents
 * (signIn, signOut, account, search) are the seam for the auth session; the data intents come
 * from createCalendarHandlers and createDataHandlers. services.ts wires them all.
 */
export type IntentHandlers = { [K in Intent]?: IntentHandler<K> };

export const ITEM_INTENTS = [
  'status',
  'setStatus',
  'markWatched',
  'rate',
  'removeFromList',
  'checkin',
  'pending',
  'retryWrite',
  'discardWrite',
  'discardWaiting',
  'syncNow',
] as const satisfies readonly Intent[];
export type ItemIntent = (typeof ITEM_INTENTS)[number];

/** For the popup and the options page: answered from local data, the calendar and the image cache. */
export const DATA_INTENTS = [
  'syncStatus',
  'upcoming',
  'poster',
  'cacheStats',
  'clearCaches',
  'exportData',
] as const satisfies readonly Intent[];
export type DataIntent = (typeof DATA_INTENTS)[number];

/** For the sites' list pages: the badges, answered from the mirror alone. */
export const LIST_INTENTS = ['listStates'] as const satisfies readonly Intent[];
export type ListIntent = (typeof LIST_INTENTS)[number];

/** A title's watched episodes, for its pages and the popup: the mirror alone (episode-handlers.ts). */
export const EPISODE_INTENTS = ['episodes', 'episodeAction'] as const satisfies readonly Intent[];
export type EpisodeIntent = (typeof EPISODE_INTENTS)[number];

/** Simkl's score of the popup's title (score-handlers.ts): the extension's pages only. */
export const SCORE_INTENTS = ['score'] as const satisfies readonly Intent[];
export type ScoreIntent = (typeof SCORE_INTENTS)[number];

/** The popup's view of what the Netflix players are tracking (scrobble-handlers.ts). */
export const SCROBBLE_INTENTS = ['tracking', 'stopTracking'] as const satisfies readonly Intent[];
export type ScrobbleIntent = (typeof SCROBBLE_INTENTS)[number];

/** The Netflix history import (import-handlers.ts). */
export const IMPORT_INTENTS = [
  'importState',
  'importHistory',
  'importStart',
  'importRead',
  'importDiscard',
  'importStop',
  'importRematch',
  'importFindUnmatched',
] as const satisfies readonly Intent[];
export type ImportIntent = (typeof IMPORT_INTENTS)[number];

/** The right match: "Not this?", overrides and their undo (match-handlers.ts). */
export const MATCH_INTENTS = [
  'matchSearch',
  'setMatch',
  'clearMatch',
  'openMatchSearch',
  'matchOverrides',
  'removeMatchOverride',
] as const satisfies readonly Intent[];
export type MatchIntent = (typeof MATCH_INTENTS)[number];

/** A content script's rarely used code, put into its own isolated world (page-parts/page-part-handlers.ts). */
export const PART_INTENTS = ['loadPart'] as const satisfies readonly Intent[];
export type PartIntent = (typeof PART_INTENTS)[number];

/** The link context menu's confirm window (context-menu/menu-confirm-handlers.ts): its page only. */
export const MENU_INTENTS = ['menuAction', 'menuConfirm', 'menuCancel'] as const satisfies readonly Intent[];
export type MenuIntent = (typeof MENU_INTENTS)[number];

export type AccountIntent = Exclude<
  Intent,
  | ItemIntent
  | DataIntent
  | ListIntent
  | EpisodeIntent
  | ScoreIntent
  | ScrobbleIntent
  | ImportIntent
  | MatchIntent
  | MenuIntent
  | PartIntent
>;
export type ItemHandlers = { [K in ItemIntent]: IntentHandler<K> };
export type DataHandlers = { [K in DataIntent]: IntentHandler<K> };
export type ListHandlers = { [K in ListIntent]: IntentHandler<K> };
export type EpisodeHandlers = { [K in EpisodeIntent]: IntentHandler<K> };
export type ScoreHandlers = { [K in ScoreIntent]: IntentHandler<K> };
export type ScrobbleHandlers = { [K in ScrobbleIntent]: IntentHandler<K> };
export type ImportHandlers = { [K in ImportIntent]: IntentHandler<K> };
export type MatchHandlers = { [K in MatchIntent]: IntentHandler<K> };
export type MenuHandlers = { [K in MenuIntent]: IntentHandler<K> };
export type PartHandlers = { [K in PartIntent]: IntentHandler<K> };
export type AccountHandlers = { [K in AccountIntent]: IntentHandler<K> };
