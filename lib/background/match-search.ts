/**
 * "Not this?" searches Simkl's three libraries (a page's kind may be wrong: an anime filed as TV,
 * a TV film): one text search per type, merged into one list.
 */
import type { SimklType } from '../media';
import type { SearchResultView } from '../messaging';
import type { SearchResult } from '../simkl/api';

export const MATCH_SEARCH_TYPES: readonly SimklType[] = ['movie', 'show', 'anime'];
const MAX_MATCH_RESULTS = 30;

function resultView({ simkl, type, title, year, poster }: SearchResult): SearchResultView {
  return { simkl, type, title, ...(year ? { year } : {}), ...(poster ? { poster } : {}) };
}

/**
 * Each type's results in Simkl's order, interleaved (its best of each type first), without
 * duplicates; with a year, the titles of that year (±1: a premiere across New Year) come first.
 */
export function mergeSearchResults(lists: SearchResult[][], year?: number): SearchResultView[] {
  const merged: SearchResultView[] = [];
  const seen = new Set<string>();
  const longest = Math.max(0, ...lists.map((list) => list.length));
  for (let rank = 0; rank < longest; rank++) {
    for (const list of lists) {
      const result = list[rank];
      const key = result && `${result.type}:${result.simkl}`;
      if (!result || !key || seen.has(key)) continue;
      seen.add(key);
      merged.push(resultView(result));
    }
  }
  const near = (view: SearchResultView) =>
    year !== undefined && view.year !== undefined && Math.abs(view.year - year) <= 1;
  return [...merged.filter(near), ...merged.filter((view) => !near(view))].slice(0, MAX_MATCH_RESULTS);
}

/** One search per type; a type that fails leaves the others (all failing is the first error). */
export async function searchAllTypes(
  search: (type: SimklType) => Promise<SearchResult[]>,
  year?: number,
): Promise<SearchResultView[]> {
  const settled = await Promise.allSettled(MATCH_SEARCH_TYPES.map(search));
  const lists = settled.flatMap((outcome) => (outcome.status === 'fulfilled' ? [outcome.value] : []));
  const failed = settled.find((outcome) => outcome.status === 'rejected');
  if (lists.length === 0 && failed) throw failed.reason;
  return mergeSearchResults(lists, year);
}
