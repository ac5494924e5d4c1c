import type { PendingView } from '../messaging';
import { labelOf } from './label';
import type { OutboxWrite } from './types';

export function pendingView(writes: OutboxWrite[]): PendingView {
  return {
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
