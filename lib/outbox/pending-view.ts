import type { PendingView } from '../messaging';
import { labelOf } from './label';
import { isMine, isUnclaimed, type Viewer, waitingFor } from './owner';
import type { OutboxWrite } from './types';

/**
 * The signed-in user's writes one by one; other users' only as counts (their titles are theirs), and
 * so are those of a session that ended before its user was known (anyone's, so nobody's).
 */
export function pendingView(all: OutboxWrite[], viewer: Viewer = 'anyone'): PendingView {
  const writes = all.filter((write) => isMine(write, viewer));
  const waiting = waitingFor(all, viewer);
  const unclaimed = all.filter((write) => isUnclaimed(write, viewer)).length;
  return {
    ...(waiting.length > 0 ? { waiting } : {}),
    ...(unclaimed > 0 ? { unclaimed } : {}),
    pending: writes.filter((write) => write.state !== 'failed').length,
    failed: writes.filter((write) => write.state === 'failed').length,
    writes: writes.map((write) => ({
      id: write.id,
      label: labelOf(write),
      state: write.state,
      attempts: write.attempts,
      ...(write.error ? { error: { kind: write.error.kind, message: write.error.message } } : {}),
      ...(write.state === 'queued' && write.notBefore
        ? { retryAt: new Date(write.notBefore).toISOString() }
        : {}),
    })),
  };
}
