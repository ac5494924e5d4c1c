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
};
