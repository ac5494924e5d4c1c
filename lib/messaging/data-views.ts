/**
 * The options page's data: the last sync, the caches, the corrected matches and "Export my data"
 * (lib/messaging.ts).
 */
import type { ErrorData } from '../errors';
import type { LibraryEntry, SimklItem, Site } from '../media';
import type { Settings } from '../store/settings';
import type { SignInMode } from './account-views';
import type { PendingWriteView } from './pending-views';

export interface SyncView {
  lastSyncAt?: string;
  lastError?: ErrorData;
  /** After a failed sync: when the background tries again by itself (UTC ISO), if it will. */
  nextSyncAt?: string;
  /** Titles Simkl sent that the extension could not read, left out of the local lists. */
  skipped?: number;
}

export interface CacheStatsView {
  images: { count: number; bytes: number };
  calendar: { files: number; entries: number };
  /** Cached answers of `/search/id` (hits and misses). */
  resolve: { entries: number };
  /** Titles whose Simkl score is cached (a day each). */
  scores: { titles: number };
  /** Titles whose Simkl episode list is cached (a day each). */
  catalogue: { titles: number };
}

/** "Export my data": everything the extension keeps locally, except any credential. */
export interface ExportView {
  format: 'simkl-extension-export/1';
  exportedAt: string;
  account: { signedIn: boolean; mode: SignInMode; user?: string };
  settings: Settings;
  sync: SyncView;
  library: LibraryEntry[];
  pendingWrites: PendingWriteView[];
  /** The user's corrected matches ("Not this?"), newest first. */
  overrides: MatchOverrideView[];
}

/** A corrected match ("Not this?"): a page's site id → the Simkl item the user chose instead. */
export interface MatchOverrideView {
  /** The site id it is kept under: `imdb:tt0386676`, `tmdb:show:2316`, `mal:1`, `netflix:80057281`. */
  key: string;
  site: Site;
  pageId: string;
  /** The chosen Simkl item (type, ids.simkl, title, year, poster). */
  item: SimklItem;
  /** When it was chosen (UTC ISO). */
  at: string;
}
