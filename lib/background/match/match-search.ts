/**
 * "Not this?" searches Simkl's three libraries (a page's kind may be wrong: an anime filed as TV,
 * a TV film): one text search per type, merged into one list.
 */
import type { SimklItem, SimklType } from '../../media';
import type { SearchResultView } from '../../messaging';
import type { SearchResult } from '../../simkl/api';

const TYPES: SimklType[] = ['movie', 'show', 'anime'];

/** A chosen search result as the item an override keeps. */
export function itemOfResult({ simkl, type, title, year, poster }: SearchResultView): SimklItem {
  return { type, ids: { simkl }, title, ...(year ? { year } : {}), ...(poster ? { poster } : {}) };
}

/** A search result as the pages show it (the `search` intent's answers and the match's). */
export function searchResultView({ simkl, type, title, year, poster }: SearchResult): SearchResultView {
  return { simkl, type, title, ...(year ? { year } : {}), ...(poster ? { poster } : {}) };
}

/**
 * Each type's results in Simkl's order, interleaved (its best of each type first), without
 * duplicates; with a year, the titles of that year (±1: a premiere across New Year) come first.
 */
export function mergeSearchResults(lists: SearchResult[][], year?: number): SearchResultView[] {
  const merged = new Map<string, SearchResultView>();
  for (let rank = 0; rank < 50; rank++) {
    for (const found of lists) {
      const result = found[rank];
      if (!result || merged.has(`${result.type}${result.simkl}`)) continue;
      merged.set(`${result.type}${result.simkl}`, searchResultView(result));
    }
  }
  const near = ({ year: released }: SearchResultView) =>
    year !== undefined && released !== undefined && Math.abs(released - year) <= 1;
  const all = [...merged.values()];
  return [...all.filter(near), ...all.filter((view) => !near(view))].slice(0, 30);
}

/** One search per type; a type that fails leaves the others (all failing is the first error). */
export async function searchAllTypes(
  search: (type: SimklType) => Promise<SearchResult[]>,
  year?: number,
): Promise<SearchResultView[]> {
  const settled = await Promise.allSettled(TYPES.map(search));
  const lists = settled.flatMap((outcome) => (outcome.status === 'fulfilled' ? [outcome.value] : []));
  if (lists.length === 0) throw (settled[0] as PromiseRejectedResult).reason;
  return mergeSearchResults(lists, year);
}
