export { type LibraryDb, openLibraryDb } from './db';
export { type EpisodeRef, formatEpisodeCode, parseEpisodeCode } from './episode-code';
export { type EpisodeState, episodeState, isAiredEpisode } from './episode-state';
export { catchUpTo, type EpisodeWrite, episodeWrite, unwatchEpisode, unwatchSeason } from './episode-writes';
export { entryIdKeys, queryIdKeys, typeFitsKind } from './id-keys';
export { createLibrary, type LibraryOptions } from './library';
export { applyPatch } from './patch';
export type {
  Clock,
  EntryFilter,
  EntryPatch,
  FoundEntry,
  Library,
  StoredEpisodes,
  SyncOutcome,
  SyncRequest,
  SyncState,
  Touch,
} from './types';
export { systemClock } from './types';
