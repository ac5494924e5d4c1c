/**
 * The title index with the user's corrected matches applied (resolve/overrides.ts): a page id the
 * user moved to another item leaves the wrong entry's row and joins the chosen one's, so a page
 * never shows the wrong item's state before the background answers.
 */
import { tmdbScopeOf } from '../library/id-keys';
import type { ExternalIdKey, LibraryEntry } from '../media';
import type { MatchOverride } from '../resolve/overrides';

/** Whether the override's id can name this entry: TMDB numbers films and TV apart (`tmdb:show:1399`). */
function sameScope(entry: LibraryEntry, key: string): boolean {
  const [site, scope] = key.split(':');
  return site !== 'tmdb' || (scope === 'movie') === (tmdbScopeOf(entry) === 'movie');
}

export function withOverrides(entries: LibraryEntry[], overrides: readonly MatchOverride[]): LibraryEntry[] {
  if (overrides.length === 0) return entries;
  return entries.map((entry) => {
    let ids = entry.ids;
    for (const { key, pageId, item } of overrides) {
      if (!sameScope(entry, key)) continue;
      const site = key.slice(0, key.indexOf(':')) as ExternalIdKey;
      const chosen = entry.type === item.type && entry.ids.simkl === item.ids.simkl;
      if (chosen) ids = { ...ids, [site]: pageId };
      else if (String(ids[site] ?? '').toLowerCase() === pageId) ids = { ...ids, [site]: undefined };
    }
    return ids === entry.ids ? entry : { ...entry, ids };
  });
}
