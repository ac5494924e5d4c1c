/**
 * The Simkl session (tokens) lives in the extension's own IndexedDB, never in browser.storage:
 * content scripts can read storage.local, but only extension pages and the background can open
 * the extension origin's IndexedDB.
 */
import { del, delMany, get, getMany, promisifyRequest, set, type UseStore } from 'idb-keyval';
import { openSessionDb, type StoredUser, VIEWER_KEY, viewerOf } from './signed-in-viewer';

export type { StoredUser } from './signed-in-viewer';

export type AuthVersion = 'v1' | 'v2';

export interface StoredSession {
  /** V1 tokens never expire and have no refresh token; V2 tokens last 7 days and refresh. */
  authVersion: AuthVersion;
  /** How the user signed in, shown back to them and reused for the next sign-in. */
  mode: 'oauth2' | 'oauth1' | 'pin';
  accessToken: string;
  refreshToken?: string;
  /** Epoch ms; absent = never expires. */
  expiresAt?: number;
  /** The client the token was issued to: refresh and revoke must name the same one. */
  clientId: string;
  user?: StoredUser;
  signedInAt: number;
  /** Random, made at sign-in: tells this sign-in from any other before its user is known. */
  id?: string;
}

/** A session's key; one stored by an older version (no `id`) is known by when it signed in. */
export function sessionKey(session: Pick<StoredSession, 'id' | 'signedInAt'>): string {
  return session.id ?? `signed-in-at-${session.signedInAt}`;
}

const SESSION_KEY = 'session';
const REASON_KEY = 'signedOutReason';

export interface SessionStore {
  load(): Promise<StoredSession | undefined>;
  save(session: StoredSession): Promise<void>;
  clear(): Promise<void>;
  /** Why the user was signed out without asking for it (a revoked token), shown until next sign-in. */
  loadSignedOutReason(): Promise<string | undefined>;
  saveSignedOutReason(reason: string | undefined): Promise<void>;
}

function isStoredSession(value: unknown): value is StoredSession {
  if (typeof value !== 'object' || value === null) return false;
  const record = value as Record<string, unknown>;
  return (
    (record.authVersion === 'v1' || record.authVersion === 'v2') &&
    typeof record.accessToken === 'string' &&
    record.accessToken !== '' &&
    typeof record.clientId === 'string'
  );
}

function sameViewer(a: unknown, b: ReturnType<typeof viewerOf>): boolean {
  return JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
}

/**
 * The session and, in the same transaction, who it belongs to without the token (signed-in-viewer.ts):
 * a page that reads the latter never sees a user whose session is gone.
 */
export function createSessionStore(store: UseStore = openSessionDb()): SessionStore {
  const save = (session: StoredSession): Promise<void> =>
    store('readwrite', (records) => {
      const viewer = viewerOf(session.user);
      records.put(session, SESSION_KEY);
      if (viewer) records.put(viewer, VIEWER_KEY);
      else records.delete(VIEWER_KEY);
      return promisifyRequest(records.transaction);
    });
  return {
    async load() {
      const [value, viewer]: unknown[] = await getMany([SESSION_KEY, VIEWER_KEY], store);
      if (!isStoredSession(value)) return undefined;
      // A session saved before the viewer record existed (an update) gets it now.
      if (!sameViewer(viewer, viewerOf(value.user))) await save(value);
      return value;
    },
    save,
    clear: () => delMany([SESSION_KEY, VIEWER_KEY], store),
    async loadSignedOutReason() {
      const value: unknown = await get(REASON_KEY, store);
      return typeof value === 'string' ? value : undefined;
    },
    saveSignedOutReason: (reason) => (reason ? set(REASON_KEY, reason, store) : del(REASON_KEY, store)),
  };
}
