import { describe, expect, it } from 'vitest';
import { createDataHandlers } from '../../../lib/background/account/data-handlers';
import { openResolveDb, resolveCache } from '../../../lib/resolve/cache';
import { listOverrides, openOverridesDb, saveOverride } from '../../../lib/resolve/overrides';
import { DEFAULT_SETTINGS } from '../../../lib/store/settings';
import { freshIndexedDb, GOT } from '../library/fixtures';

describe('Export my data', () => {
  it('includes the corrected matches, as the options page lists them', async () => {
    freshIndexedDb();
    const db = openOverridesDb();
    await saveOverride(db, { site: 'tmdb', kind: 'show', ids: { tmdb: '1399' } }, GOT, Date.UTC(2026, 0, 2));
    const handlers = createDataHandlers({
      library: { entries: async () => [], syncState: async () => ({}) },
      outbox: { pending: async () => ({ pending: 0, failed: 0, writes: [] }) },
      session: { account: async () => ({ signedIn: false, mode: 'oauth2' }) },
      calendar: { stats: async () => ({ files: 0, entries: 0 }), clear: async () => undefined },
      images: { stats: async () => ({ count: 0, bytes: 0 }), clear: async () => undefined },
      caches: {
        resolve: resolveCache(openResolveDb()),
        scores: resolveCache(openResolveDb()),
        catalogue: resolveCache(openResolveDb()),
      },
      settings: async () => DEFAULT_SETTINGS,
      overrides: () => listOverrides(db),
    });
    const exported = await handlers.exportData({}, { from: 'page' });
    expect(exported.overrides).toEqual([
      {
        key: 'tmdb:show:1399',
        site: 'tmdb',
        pageId: '1399',
        item: GOT,
        at: '2026-01-02T00:00:00.000Z',
      },
    ]);
    // "Clear caches" empties the resolver's cache, never the user's corrections.
    await handlers.clearCaches({}, { from: 'page' });
    expect(await listOverrides(db)).toHaveLength(1);
  });
});
