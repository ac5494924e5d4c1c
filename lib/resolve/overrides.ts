/**
 * The user's corrections of wrong matches ("Not this?"): a page's site id → the Simkl item they
 * chose. Kept in an IndexedDB of its own, apart from the resolver's 30-day cache and from the
 * mirror: overrides are about titles, not accounts, so a sync, a sign-out or "Clear caches" keeps
 * them. Keys are the resolver's cache keys (`imdb:tt0386676`, `tmdb:show:2316`, `mal:1`,
 * `netflix:80057281`), so choosing an item can drop the cached lookup under the same key.
 */
import { createStore, del, entries, getMany, set, type UseStore } from 'idb-keyval';
import type { SimklItem, Site } from '../media';
import type { MatchOverrideView } from '../messaging';
import { idLookups, TITLE_LOOKUP_PREFIX } from './id-queries';
import { lookupTarget, type MediaRef } from './kinds';
import { titleLookup } from './title-lookup';

/** As stored, as listed and as exported: key (a resolver cache key), site, page id, item, when. */
export type MatchOverride = MatchOverrideView;

export function openOverridesDb(name = 'simkl-extension-overrides'): UseStore {
  return createStore(name, 'overrides');
}

/** Every site-id key a page or a write target may carry, its own site's first (no Simkl id). */
export function overrideKeys(media: MediaRef): string[] {
  const keys = idLookups(lookupTarget(media))
    .map((lookup) => lookup.cacheKey)
    .filter((key) => !key.startsWith('simkl:') && !key.startsWith(TITLE_LOOKUP_PREFIX));
  const own = keys.find((key) => key.startsWith(`${media.site}:`));
  if (own) return [own, ...keys.filter((key) => key !== own)];
  // A title a player names by its words alone: its series' title key (a correction holds for the series).
  const byTitle = keys.length === 0 && titleLookup(media);
  return byTitle ? [byTitle.cacheKey] : keys;
}

/** The key a choice made on this page is stored under: the page's own site id. */
export function overrideKeyOf(media: MediaRef): string | undefined {
  return overrideKeys(media)[0];
}

/** The override for any of the media's site ids, the page's own first; null when none. */
export async function findOverride(db: UseStore, media: MediaRef): Promise<MatchOverride | null> {
  const keys = overrideKeys(media);
  if (keys.length === 0) return null;
  const found = await getMany<MatchOverride | undefined>(keys, db);
  return found.find((override) => override !== undefined) ?? null;
}

/** Stores the user's choice for the page; undefined when the page carries no site id to key it by. */
export async function saveOverride(
  db: UseStore,
  media: MediaRef,
  item: SimklItem,
  now = Date.now(),
): Promise<MatchOverride | undefined> {
  const key = overrideKeyOf(media);
  if (!key) return undefined;
  const [site, ...rest] = key.split(':');
  const at = new Date(now).toISOString();
  const override: MatchOverride = { key, site: site as Site, pageId: rest.at(-1) ?? '', item, at };
  await set(key, override, db);
  return override;
}

export function removeOverride(db: UseStore, key: string): Promise<void> {
  return del(key, db);
}

/** All overrides, newest first (the options page, the export, the title index). */
export async function listOverrides(db: UseStore): Promise<MatchOverride[]> {
  const all = (await entries<string, MatchOverride>(db)).map(([, value]) => value);
  return all.sort((a, b) => b.at.localeCompare(a.at));
}

/** The resolver's reader (resolve-by.ts); without a store, nothing is overridden. */
export function overrideReader(db: UseStore | undefined) {
  return async (media: MediaRef): Promise<SimklItem | null> =>
    db ? ((await findOverride(db, media).catch(() => null))?.item ?? null) : null;
}
