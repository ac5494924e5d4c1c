/**
 * Who is signed in, without the token: the user's id and name, kept next to the session (same
 * database, same transaction) so that extension pages can tell whose local data they may show
 * while the worker sleeps. Pages read this record only, never the session record with the token.
 */
import { createStore, get, type UseStore } from 'idb-keyval';
import type { UserRef } from '../library/types';

/** The user a session belongs to, as `/users/settings` names them (the id once it is known). */
export interface StoredUser {
  name: string;
  avatar?: string;
  id?: number;
}

/** The key beside the session's own ('session') in the session database. */
export const VIEWER_KEY = 'viewer';

export function openSessionDb(): UseStore {
  return createStore('simkl-extension', 'session');
}

/** The record a session implies; undefined until the user's id is known (`/users/settings`). */
export function viewerOf(user: StoredUser | undefined): UserRef | undefined {
  return user?.id === undefined ? undefined : { id: user.id, name: user.name };
}

function isUserRef(value: unknown): value is UserRef {
  if (typeof value !== 'object' || value === null) return false;
  const record = value as Record<string, unknown>;
  return typeof record.id === 'number' && typeof record.name === 'string';
}

/** The signed-in user as the background last saved them; undefined while signed out or unknown. */
export async function readSignedInViewer(store: UseStore = openSessionDb()): Promise<UserRef | undefined> {
  const value: unknown = await get(VIEWER_KEY, store);
  return isUserRef(value) ? value : undefined;
}
