/**
 * The gzip -9 size ceilings that `npm test` asserts (scripts/budgets.mjs) and the lighter aims that
 * are only reported (docs/architecture.md, Budgets), per kind of bundle, in bytes.
 */
const KIB = 1024;

export const BUDGETS = {
  contentScript: { limit: 15 * KIB, aim: 10 * KIB },
  background: { limit: 40 * KIB, aim: 20 * KIB },
  popup: { limit: 40 * KIB, aim: 20 * KIB },
};
