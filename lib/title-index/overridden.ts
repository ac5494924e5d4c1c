/**
 * The title index with the user's corrected matches applied (resolve/overrides.ts): a page id the
 * user moved to another item leaves the wrong entry's row and joins the chosen one's, so a page
 * never shows the wrong item's state before the background answers.
 */
import type { ExternalIdKey, LibraryEntry } from '../media';
import type { MatchOverride } from '../resolve/overrides';

function isChosen(entry: LibraryEntry, override: MatchOverride): boolean {
  return entry.type === override.item.type && entry.ids.simkl === override.item.ids.simkl;
}

export function withOverrides(entries: LibraryEntry[], overrides: readonly MatchOverride[]): LibraryEntry[] {
  if (overrides.length === 0) return entries;
  return entries.map((entry) => {
    let ids = entry.ids;
    for (const override of overrides) {
      const site = override.key.slice(0, override.key.indexOf(':')) as ExternalIdKey;
      const same = String(ids[site] ?? '').toLowerCase() === override.pageId;
      if (isChosen(entry, override)) ids = { ...ids, [site]: override.pageId };
      else if (same) ids = { ...ids, [site]: undefined };
    }
    return ids === entry.ids ? entry : { ...entry, ids };
  });
}
