/** Types for budget-limits.mjs, so the TypeScript scripts can use it. */
export interface Budget {
  limit: number;
  aim: number;
}
export const BUDGETS: {
  contentScript: Budget;
  netflixControl: Budget;
  background: Budget;
  popup: Budget;
  backgroundParts: Record<string, Budget>;
};
/** A content script's budget, by its name: its own, a badges script's, or the common one. */
export function contentScriptBudget(name: string): Budget;
/** A background part's budget, by its file's name without `.js`; undefined for a part with none. */
export function backgroundPartBudget(name: string): Budget | undefined;
