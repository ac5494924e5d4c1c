/**
 * The background's parts and what they take from the start-up script (docs/architecture.md, "Loading
 * code on demand"). Plain data, read by the build (scripts/lib/background-parts.ts): the start-up script
 * registers exactly these exports, and a part is built with these modules read from that registry, so a
 * part that imports a name not listed here fails the build, and a module both hold fails it too.
 */

/** Each part is `entrypoints/<name>-part.ts`, built to `/<name>-part.js`. */
export const BACKGROUND_PARTS = [
  'import',
  'sign-in',
  'alerts',
  'calendar',
  'context-menu',
  'episodes',
  'match',
] as const;
export type BackgroundPart = (typeof BACKGROUND_PARTS)[number];

/** Module (a package, or a path from the root without extension) → the exports parts import from it. */
export const SHARED_MODULES: Record<string, readonly string[]> = {
  'wxt/browser': ['browser'],
  'idb-keyval': ['createStore', 'del', 'get', 'set', 'update', 'promisifyRequest', 'clear', 'values'],
  'lib/errors': ['SimklError', 'toErrorData'],
  'lib/hosts': ['SIMKL_WEB_ORIGIN', 'SIMKL_DATA_ORIGIN'],
  'lib/simkl/parse-guards': ['expectRecord', 'invalid', 'optionalInt', 'optionalString'],
  'lib/account/token-endpoints': ['parseTokenSet'],
  'lib/media': ['WATCHED_AT_PERCENT', 'isNumberedEpisode', 'NOT_AN_EPISODE'],
  'lib/library/episode-state': ['episodeState', 'isAiredEpisode'],
  'lib/store/alert-settings': ['getAlertSettings'],
  'lib/i18n/translate': ['t'],
  'lib/alerts/episode-key': ['episodeKey'],
  'lib/words/alert-id': ['ALERT_ID_PREFIX'],
  'lib/sites/url-readers': ['detectMediaFromUrl'],
  'lib/background/context-menu/context-menu-items': ['MENU_CHOICES', 'MENU_CONTEXT'],
  'lib/read-model/item-state': ['readItemState'],
  'lib/read-model/item-view': ['itemView'],
  'lib/background/episodes/episode-catalogue': ['catalogueView'],
  'lib/resolve/cache': ['dropAnswer'],
  'lib/resolve/overrides': [
    'findOverride',
    'listOverrides',
    'overrideKeyOf',
    'removeOverride',
    'saveOverride',
  ],
  'lib/background/match/match-search': ['searchAllTypes', 'itemOfResult'],
  'lib/library/episode-patch': ['isWatched', 'seasonOf'],
  'lib/outbox/episodes-action': ['episodesAction'],
  'lib/background/import/import-alarm': ['IMPORT_ALARM', 'importAlarmKeeper'],
  'lib/background/parts/registry': ['registerPart'],
};
