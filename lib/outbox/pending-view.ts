import type { PendingView } from '../messaging';
import { labelOf } from './label';
import { isMine, type Viewer, waitingFor } from './owner';
import type { OutboxWrite } from './types';

/** The signed-in user's writes one by one; other users' only as counts (their titles are theirs). */
export function pendingView(all: OutboxWrite[], viewer: Viewer = 'anyone'): PendingView {
  const writes = all.filter((write) => isMine(write, viewer));
  const waiting = waitingFor(all, viewer);
  return {
    ...(waiting.length > 0 ? { waiting } : {}),
    pending: writes.filter((write) => write.state !== 'failed').length,
    failed: writes.filter((write) => write.state === 'failed').length,
    writes: writes.map((write) => ({
      id: write.id,
      label: labelOf(write),
      state: write.state,
      attempts: write.attempts,
      ...(write.error ? { error: { kind: write.error.kind, message: write.error.message } } : {}),
    })),
  };
}
