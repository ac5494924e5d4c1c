import type { UseStore } from 'idb-keyval';
import type { Clock, Library } from '../library/types';
import type { SimklItem } from '../media';
import type { SimklApi } from '../simkl/api';
import { HIT_TTL_MS, isStale, MISS_TTL_MS, readAnswer, saveAnswer } from './cache';
import { type IdLookup, withQueriedId } from './id-queries';
import type { MediaRef } from './kinds';
import { overrideReader } from './overrides';
import { type OverrideReader, resolveBy } from './resolve-by';
import { pickTitleResult, type TitleLookup } from './title-lookup';

export interface Resolver {
  /** The Simkl item a page is about, or null when Simkl does not know it. Throws SimklError offline. */
  resolve(media: MediaRef): Promise<SimklItem | null>;
  /** The user's own choice for the page ("Not this?"), which beats the mirror's id match; null: none. */
  overridden?: OverrideReader;
}

export interface ResolverOptions {
  api: SimklApi;
  library: Pick<Library, 'lookup'>;
  db: UseStore;
  clock?: Clock;
  /** Ids do not move between titles: hits are kept long. */
  hitTtlMs?: number;
  /** The user's corrections (overrides.ts): they win over the lists and every cached lookup. */
  overrides?: UseStore;
  /** A miss may be a title Simkl adds tomorrow. */
  missTtlMs?: number;
  /** Told after an id lookup found an item and kept it (the title index learns the page's id). */
  onHit?: () => void;
}

export function createResolver(options: ResolverOptions): Resolver {
  const { api, library, db, clock = { now: () => Date.now() } } = options;
  const hitTtl = options.hitTtlMs ?? HIT_TTL_MS;
  const missTtl = options.missTtlMs ?? MISS_TTL_MS;
  // Pages ask the same id at once (the page, the popup): one request each.
  const inflight = new Map<string, Promise<SimklItem[]>>();

  async function answer(lookup: IdLookup): Promise<SimklItem[]> {
    const cached = await readAnswer(db, lookup.cacheKey);
    if (cached && !isStale(cached, clock.now(), hitTtl, missTtl)) return cached.items;
    const pending = inflight.get(lookup.cacheKey);
    if (pending) return pending;
    const request = (async () => {
      const found = await api.searchById(lookup.query);
      const items = (Array.isArray(found) ? found : []).map((item) => withQueriedId(item, lookup.query));
      await saveAnswer(db, lookup.cacheKey, { items, at: clock.now() });
      if (items.length > 0) options.onHit?.();
      return items;
    })().finally(() => inflight.delete(lookup.cacheKey));
    inflight.set(lookup.cacheKey, request);
    return request;
  }

  /** A title-only lookup: each likely type's text search, cached under the title's key like an id's answer. */
  async function answerTitle(lookup: TitleLookup): Promise<SimklItem | null> {
    const cached = await readAnswer(db, lookup.cacheKey);
    if (cached && !isStale(cached, clock.now(), hitTtl, missTtl)) return cached.items[0] ?? null;
    const results = [];
    for (const type of lookup.types)
      results.push(...(await api.searchText(type, lookup.text, { limit: 10 })));
    const item = pickTitleResult(lookup, results);
    await saveAnswer(db, lookup.cacheKey, { items: item ? [item] : [], at: clock.now() });
    return item;
  }

  const overridden = overrideReader(options.overrides);
  return {
    resolve: (media) => resolveBy(media, library, answer, overridden, answerTitle),
    overridden,
  };
}
