import type { AuthSession } from '../../account/session-types';
import type { Calendar } from '../../calendar';
import type { ExpiringCache } from '../../idb/expiring';
import type { ImageCache } from '../../images';
import type { Library } from '../../library/types';
import type { CacheStatsView, ExportView, MatchOverrideView } from '../../messaging';
import type { Outbox } from '../../outbox/types';
import { getSettings, type Settings } from '../../store/settings';
import type { DataHandlers } from '../intents/handler-types';
import { type NextSync, withNextSync } from './sync-view';

export interface DataServices {
  library: Pick<Library, 'entries' | 'syncState'>;
  outbox: Pick<Outbox, 'pending'>;
  session: Pick<AuthSession, 'account'>;
  calendar: Pick<Calendar, 'stats' | 'clear'>;
  images: Pick<ImageCache, 'stats' | 'clear'>;
  /** Simkl's answers kept a while: `/search/id` lookups, scores and episode lists. */
  caches: { resolve: ExpiringCache; scores: ExpiringCache; catalogue: ExpiringCache };
  settings?: () => Promise<Settings>;
  /** The user's corrected matches ("Not this?"): theirs, so exported. */
  overrides?: () => Promise<MatchOverrideView[]>;
  now?: () => number;
  /** When the background syncs next by itself, for a failed sync's words. */
  nextSync?: NextSync;
}

/** The options page's intents: sync state, cache sizes and clearing, and the data export. */
export function createDataHandlers(services: DataServices): Omit<DataHandlers, 'upcoming' | 'poster'> {
  const { library, outbox, session, calendar, images, caches } = services;
  const settings = services.settings ?? getSettings;
  const now = services.now ?? Date.now;

  async function cacheStats(): Promise<CacheStatsView> {
    // What expired is gone before it is counted: the figures say what the caches still use.
    await Promise.all(Object.values(caches).map((cache) => cache.prune(now())));
    const [imageStats, calendarStats, resolved, scored, catalogued] = await Promise.all([
      images.stats(),
      calendar.stats(),
      caches.resolve.count(),
      caches.scores.count(),
      caches.catalogue.count(),
    ]);
    return {
      images: imageStats,
      calendar: calendarStats,
      resolve: { entries: resolved },
      scores: { titles: scored },
      catalogue: { titles: catalogued },
    };
  }

  return {
    syncStatus: async () => withNextSync(await library.syncState(), services.nextSync),
    cacheStats,
    async clearCaches() {
      // Caches only: the mirror, the pending writes and the session are the user's data, not a cache.
      await Promise.all([
        images.clear(),
        calendar.clear(),
        ...Object.values(caches).map((cache) => cache.clear()),
      ]);
      return cacheStats();
    },
    async exportData(): Promise<ExportView> {
      const [account, stored, sync, entries, pending, overrides] = await Promise.all([
        session.account(),
        settings(),
        library.syncState(),
        library.entries(),
        outbox.pending(),
        services.overrides?.() ?? [],
      ]);
      // The account field by field, so nothing added to it later (a token) leaks by accident; the
      // settings are storage.local's, which by design holds nothing private (store/settings.ts).
      return {
        format: 'simkl-extension-export/1',
        exportedAt: new Date(now()).toISOString(),
        account: {
          signedIn: account.signedIn,
          mode: account.mode,
          ...(account.user ? { user: account.user.name } : {}),
        },
        settings: stored,
        sync,
        library: entries,
        pendingWrites: pending.writes,
        overrides,
      };
    },
  };
}
