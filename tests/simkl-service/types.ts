/**
 * The public shapes of the local Simkl service: its options, the control API that tests and the demo
 * drive, and the snapshots it hands back. Kept apart from the implementation so both sides read one list.
 */
import type http from 'node:http';

export type RequestHandler = (req: http.IncomingMessage, res: http.ServerResponse) => void | Promise<void>;

export type ListStatus = 'plantowatch' | 'watching' | 'completed' | 'hold' | 'dropped';
export type Kind = 'movie' | 'show' | 'anime';
export type AuthMode = 'v1' | 'v2';

export interface SimklServiceOptions {
  /** Default 0 (random); the server listens on 127.0.0.1. */
  port?: number;
  /** Other hostnames served by the same HTTPS server (site fixture pages). */
  extraHosts?: Record<string, RequestHandler>;
  /** How `/sync/all-items` answers an empty result: Apiary says `null`, the current docs `{}`. */
  emptyLibraryAs?: 'null' | '{}';
  /** Per-second limits (10 GET/s, 1 POST/s per token or client). Default true. */
  rateLimits?: boolean;
  /** The window of the `400 RATE_LIMIT` per-user write lock. Default 20000. */
  writeLockMs?: number;
  /** Consent pages redirect at once ('auto') or show #approve / #deny buttons ('click'). */
  consent?: 'auto' | 'click';
  /** Clock for timestamps, token expiry, PIN polling, rate windows and calendars. */
  now?: () => number;
}

export interface IssuedTokens {
  access_token: string;
  token_type: string;
  scope: string;
  expires_in: number;
  refresh_token?: string;
}

export interface SeedIds {
  simkl?: number;
  imdb?: string;
  tmdb?: string | number;
  mal?: string | number;
  netflix?: string | number;
}

export interface SeedItem {
  ids: SeedIds;
  /** Disambiguates TMDB ids (movie and TV ids overlap). */
  type?: Kind;
  status: ListStatus;
  rating?: number;
  /** A count (the first N episodes in order) or the exact episodes; anime episodes have no season. */
  watchedEpisodes?: number | Array<{ season?: number; episode: number }>;
}

export interface SnapshotEntry {
  simkl: number;
  type: Kind;
  title: string;
  status: ListStatus;
  rating: number | null;
  ratedAt: string | null;
  addedAt: string;
  lastWatchedAt: string | null;
  changedAt: string;
  watchedEpisodes: Array<{ season: number; episode: number; watchedAt: string }>;
  watchedCount: number;
}

/** A scrobbled film (no season/episode) or episode; anime episodes are in season 1. */
export interface SnapshotScrobbleItem {
  simkl: number;
  title: string;
  season?: number;
  episode?: number;
}

export interface LibrarySnapshot {
  movies: SnapshotEntry[];
  shows: SnapshotEntry[];
  anime: SnapshotEntry[];
  /** The same object `/sync/activities` answers. */
  activities: Record<string, unknown>;
  /** The `/scrobble/start` session playing now; null once none runs or its runtime has elapsed. */
  playing: (SnapshotScrobbleItem & { expiresAt: string }) | null;
  /** Paused playbacks (what `/sync/playback?hide_watched=false` lists), newest first. */
  playbacks: Array<SnapshotScrobbleItem & { id: number; progress: number; pausedAt: string }>;
}

/** The 5xx an after-write fault may answer (a gateway or the origin failing once the write is stored). */
export type AfterWriteStatus = 500 | 502 | 503 | 504;

export type FaultAction =
  | { status: number; body?: unknown; headers?: Record<string, string> }
  | { drop: true }
  | { delayMs: number }
  /** The request is applied (a write lands), then this 5xx replaces the real answer. */
  | { statusAfterWrite: AfterWriteStatus; body?: unknown; headers?: Record<string, string> }
  /** The request is applied (a write lands), then the connection is destroyed before any answer. */
  | { dropAfterWrite: true };

export interface Fault {
  method?: string;
  host?: string;
  /** A path prefix, or a RegExp tested against the path (without the query). */
  path: string | RegExp;
  times: number;
  action: FaultAction;
}

export interface LogEntry {
  time: string;
  method: string;
  host: string;
  path: string;
  query: Record<string, string>;
  status: number;
  userId?: number;
  body?: unknown;
  /** The answer's body size in bytes (uncompressed; the service does not gzip). */
  bytes?: number;
  /** How long the service took to build the answer (ms), for benches that subtract it. */
  ms?: number;
}

export interface ClientSpec {
  id: string;
  mode: AuthMode;
  redirectUris: string[];
  secret?: string;
  name?: string;
}

export interface ServiceControl {
  reset(): void;
  createUser(name: string): { id: number; token: string };
  issueToken(userId: number, options?: { mode?: AuthMode; scope?: string }): IssuedTokens;
  revokeToken(token: string): void;
  /** Makes a V2 access token (or code) read as expired, without moving the clock. */
  expireToken(token: string): void;
  seedLibrary(userId: number, items: SeedItem[]): void;
  /**
   * Adds `count` made-up titles (catalogue/synthetic.ts) to the user's lists, for volume tests;
   * `episodes` gives every series that many, most of them watched.
   */
  seedSyntheticLibrary(
    userId: number,
    count: number,
    options?: { episodes?: number },
  ): { movies: number; shows: number; anime: number };
  library(userId: number): LibrarySnapshot;
  setEmptyLibraryAs(value: 'null' | '{}'): void;
  setConsent(value: 'auto' | 'click'): void;
  setRateLimits(enabled: boolean): void;
  /** Current Simkl answers full catalogue records by default; legacy answers the short form. */
  setDetailFullByDefault(enabled: boolean): void;
  /**
   * `/search/id?<key>=<value>` answers this Simkl id's title instead (a wrong match to correct), or
   * nothing for 0 (an id Simkl does not know); null unpins.
   */
  pinSearchId(key: string, value: string, simkl: number | null): void;
  setWebUser(userId: number): void;
  approvePin(userCode: string, userId?: number): void;
  addClient(client: ClientSpec): void;
  addRedirectUri(clientId: string, uri: string): void;
  injectFault(fault: Fault): void;
  clearFaults(): void;
  requestLog(): LogEntry[];
  clearLog(): void;
}

export interface RunningSimklService {
  port: number;
  hostnames: string[];
  certPem: string;
  control: ServiceControl;
  close(): Promise<void>;
}
