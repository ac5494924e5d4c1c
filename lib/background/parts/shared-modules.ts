/**
 * The background's parts and what they take from the start-up script (docs/architecture.md, "Loading
 * code on demand"). Plain data, read by the build (scripts/lib/background-parts.ts): the start-up script
 * registers exactly these exports, and a part is built with these modules read from that registry, so a
 * part that imports a name not listed here fails the build, and a module both hold fails it too.
 */

/** Each part is `entrypoints/<name>-part.ts`, built to `/<name>-part.js`. */
export const BACKGROUND_PARTS = ['import'] as const;
export type BackgroundPart = (typeof BACKGROUND_PARTS)[number];

/** Module (a package, or a path from the root without extension) → the exports parts import from it. */
export const SHARED_MODULES: Record<string, readonly string[]> = {
  'wxt/browser': ['browser'],
  'idb-keyval': ['createStore', 'del', 'get', 'set', 'update', 'promisifyRequest'],
  'lib/errors': ['SimklError'],
  'lib/media': ['WATCHED_AT_PERCENT'],
  'lib/library/episode-state': ['episodeState'],
  'lib/background/import/import-alarm': ['IMPORT_ALARM', 'importAlarmKeeper'],
  'lib/background/parts/registry': ['registerPart'],
};
