/**
 * The gzip -9 size ceilings that `npm test` asserts (scripts/budgets.mjs) and the lighter aims that
 * are only reported (docs/architecture.md, Budgets), per kind of bundle, in bytes.
 */
const KIB = 1024;

/**
 * Each ceiling carries the webextension-polyfill's measured cost on top of what it was (15, 40, 40
 * KiB): 2.7 to 2.8 KB gzip in every bundle, rounded up to 3 KiB. The aims stay where they were.
 */
const POLYFILL = 3 * KIB;

export const BUDGETS = {
  contentScript: { limit: 15 * KIB + POLYFILL, aim: 10 * KIB },
  background: { limit: 40 * KIB + POLYFILL, aim: 20 * KIB },
  // The popup's first load carries the title and its list only, the rest comes on demand
  // (components/popup-parts.ts): 19.6 KB with the polyfill, so the ceiling is that and about 1 KB.
  popup: { limit: 20.5 * KIB, aim: 20 * KIB },
};
