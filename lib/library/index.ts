export { type LibraryDb, openLibraryDb } from './db';
export { type EpisodeRef, formatEpisodeCode, parseEpisodeCode } from './episode-code';
export { entryIdKeys, queryIdKeys, typeFitsKind } from './id-keys';
export { createLibrary, type LibraryOptions } from './library';
export { applyPatch } from './patch';
export type {
  Clock,
  EntryFilter,
  EntryPatch,
  FoundEntry,
  Library,
  SyncOutcome,
  SyncRequest,
  SyncState,
  Touch,
} from './types';
export { systemClock } from './types';
