/** Types for budget-limits.mjs, so the TypeScript scripts can use it. */
export interface Budget {
  limit: number;
  aim: number;
}
export const BUDGETS: {
  contentScript: Budget;
  netflixControl: Budget;
  episodeControl: Budget;
  background: Budget;
  popup: Budget;
  backgroundParts: Record<string, Budget>;
  /** The content scripts' parts, by name (part-<name>.js). */
  parts: Record<string, Budget>;
};
export const CONTENT_SCRIPT_TARGET: number;
export const ABOVE_CONTENT_SCRIPT_TARGET: string[];
/** A content script's budget, by its name: its own, a badges script's, or the common one. */
export function contentScriptBudget(name: string): Budget;
/** A background part's budget, by its file's name without `.js`; undefined for a part with none. */
export function backgroundPartBudget(name: string): Budget | undefined;
/** Its budget, with the 12 KB target as its ceiling unless it is still named above the target. */
export function contentScriptCeiling(name: string): Budget;
