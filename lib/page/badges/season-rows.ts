/**
 * A season's own episodes on a list page (IMDb's season lists, Trakt's season grids) get ✓ marks
 * (row-marks.ts), not badges (own-episodes.ts says why). Only the badges scripts of sites whose lists
 * can name episodes hand this part to the runner (run-list-badges.ts), so the other sites' scripts
 * carry none of it (docs/architecture.md, Budgets).
 */
import type { ListedTitle, SiteAdapter } from '../../sites/adapter';
import { markSeasonRows } from './episode-rows';
import { withoutOwnEpisodes } from './own-episodes';
import { removeRowMarks } from './row-marks';

export interface SeasonRows {
  /** The adapter's list without the page's own episodes, for the badges; new rows of them draw their marks. */
  listed(href: string, page: Document): ListedTitle[];
  /** Draws the marks from the mirror (again: it moved, or the badges redrew). */
  mark(): void;
  /** Takes every mark away (the badges stopped); the next `listed` draws them anew. */
  clear(): void;
}

export type SeasonRowsPart = (doc: Document, adapter: Pick<SiteAdapter, 'listed' | 'detect'>) => SeasonRows;

export const seasonRowMarks: SeasonRowsPart = (doc, adapter) => {
  const mark = () => void markSeasonRows(doc, adapter).catch(() => undefined);
  let ownRows = new Set<Element>();
  return {
    // A season list's ✓ are drawn with its rows, and again when the site draws another season's
    // (IMDb's season tabs change the list without a page load; the runner's location prompt too): new
    // rows of the page's own episodes (the first scan, another season's tab) draw the marks, as new
    // badged entries do.
    listed(href, page) {
      const all = adapter.listed?.(href, page) ?? [];
      const badged = withoutOwnEpisodes(all, adapter.detect(href, page));
      // A Set: a 250-entry chart would otherwise compare every entry with every other.
      const badgedSet = new Set(badged);
      const rows = all.filter((entry) => !badgedSet.has(entry)).map((entry) => entry.element);
      if (rows.some((row) => !ownRows.has(row))) queueMicrotask(mark);
      ownRows = new Set(rows);
      return badged;
    },
    mark,
    clear() {
      ownRows = new Set();
      removeRowMarks(doc);
    },
  };
};
