import type { CurrentUser, UserRef } from '../library/types';
import type { MediaIds, MediaKind } from '../media';
import type { WaitingWritesView } from '../messaging';
import { isAbout } from './same-item';
import type { OutboxWrite } from './types';

/**
 * Whose writes may be shown and sent now: the signed-in user's; nobody's while signed out or while
 * the user is unknown (null); everyone's in a set-up without accounts ('anyone', most tests).
 */
export type Viewer = UserRef | null | 'anyone';

export async function viewerOf(currentUser: CurrentUser | undefined): Promise<Viewer> {
  if (!currentUser) return 'anyone';
  return (await currentUser()) ?? null;
}

/**
 * A write is its user's: another account never sends it, shows it or replays it. A write stored
 * before writes named their user (an older version) goes with the session that finds it.
 */
export function isMine(write: Pick<OutboxWrite, 'user'>, viewer: Viewer): boolean {
  if (viewer === 'anyone' || !write.user) return true;
  return viewer !== null && write.user.id === viewer.id;
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
