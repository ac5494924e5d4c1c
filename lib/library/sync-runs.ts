/**
 * Who shares which sync run. A plain request joins the run under way. A fresh request (the sync
 * after a write) needs a run that starts after it: the run under way may have read
 * /sync/activities before the write landed, so it is waited out and one more run follows, shared
 * by every fresh request made meanwhile, with all their touched types.
 */
import type { SyncOutcome, Touch } from './types';

export interface SyncRuns {
  request(fresh: boolean, touched: readonly Touch[]): Promise<SyncOutcome>;
}

export function createSyncRuns(run: (touched: Touch[]) => Promise<SyncOutcome>): SyncRuns {
  let running: Promise<SyncOutcome> | null = null;
  let next: { promise: Promise<SyncOutcome>; touched: Touch[] } | null = null;

  function start(touched: Touch[]): Promise<SyncOutcome> {
    const current = run(touched).finally(() => {
      if (running === current) running = null;
    });
    running = current;
    return current;
  }

  return {
    request(fresh, touched) {
      if (!fresh) return running ?? next?.promise ?? start([]);
      if (!running) return start([...touched]);
      if (!next) {
        const queued: { promise: Promise<SyncOutcome>; touched: Touch[] } = {
          touched: [],
          promise: running
            .catch(() => undefined)
            .then(() => {
              next = null;
              return start(queued.touched);
            }),
        };
        next = queued;
      }
      next.touched.push(...touched);
      return next.promise;
    },
  };
}
