import type { UserRef } from '../library/types';
import type { MediaIds, MediaKind } from '../media';
import type { WaitingWritesView } from '../messaging';
import { isAbout } from './same-item';
import type { OutboxWrite } from './types';

/** The signed-in session: its key (one per sign-in) and, once Simkl named them, its user. */
export interface SessionRef {
  key: string;
  user?: UserRef;
}

/** Who is signed in now; undefined while signed out. */
export type CurrentSession = () => Promise<SessionRef | undefined>;

/** Signed in, but Simkl has not said who the user is yet (lib/account/user-loader.ts retries). */
export interface UnnamedSession {
  session: string;
}

/**
 * Whose writes may be shown and sent now: the signed-in user's (with their session's key when it is
 * known); while the user is not known yet, the writes made in that same session, shown but held (no
 * write is sent without a user); nobody's while signed out (null); everyone's in a set-up without
 * accounts ('anyone', most tests).
 */
export type Viewer = (UserRef & { session?: string }) | UnnamedSession | null | 'anyone';

export async function viewerOf(currentSession: CurrentSession | undefined): Promise<Viewer> {
  if (!currentSession) return 'anyone';
  const now = await currentSession();
  if (!now) return null;
  return now.user ? { id: now.user.id, name: now.user.name, session: now.key } : { session: now.key };
}

/** Whether the viewer names a user to send as (or no accounts are kept apart at all). */
export function canSend(viewer: Viewer): viewer is UserRef | 'anyone' {
  return viewer === 'anyone' || (viewer !== null && 'id' in viewer);
}

/**
 * A write is its user's: another account never sends it, shows it or replays it. A write made while
 * its user was not known yet belongs to its session until that session names the user (outbox.ts
 * then stamps it). A write stored before writes named their user (an older version) goes with the
 * session that finds it.
 */
export function isMine(write: Pick<OutboxWrite, 'user' | 'session'>, viewer: Viewer): boolean {
  if (viewer === 'anyone') return true;
  if (write.user) return viewer !== null && 'id' in viewer && write.user.id === viewer.id;
  if (write.session !== undefined) return viewer?.session === write.session;
  return true;
}

/**
 * Made while its user was not known, in a session that ended before Simkl named them: nobody can
 * tell whose it is, so it is never sent, only counted and discarded.
 */
export function isUnclaimed(write: Pick<OutboxWrite, 'user' | 'session'>, viewer: Viewer): boolean {
  return !write.user && write.session !== undefined && !isMine(write, viewer);
}

/** Other users' writes, counted per user: "3 changes wait for Demo Watcher to sign in again". */
export function waitingFor(writes: OutboxWrite[], viewer: Viewer): WaitingWritesView[] {
  const groups = new Map<number, WaitingWritesView>();
  for (const write of writes) {
    if (!write.user || isMine(write, viewer)) continue;
    const group = groups.get(write.user.id) ?? { user: write.user.id, name: write.user.name, count: 0 };
    group.count += 1;
    groups.set(write.user.id, group);
  }
  return [...groups.values()];
}

/** The viewer's writes about the title these ids name: what its view replays (outbox.writesFor). */
export function writesAbout(
  writes: OutboxWrite[],
  viewer: Viewer,
  ids: MediaIds,
  kind?: MediaKind,
): OutboxWrite[] {
  return writes.filter((write) => isMine(write, viewer) && isAbout(write.target, ids, kind));
}
