import { del, get, set } from 'idb-keyval';
import { toErrorData } from '../errors';
import type { Activities, SimklApi } from '../simkl/api';
import type { LibraryDb } from './db';
import type { MirrorStore } from './mirror-store';
import type { Serial } from './serial';
import { runSync, type SkippedRows } from './sync';
import { createSyncRuns } from './sync-runs';
import type { Clock, SyncOutcome, SyncRequest, Touch } from './types';

export interface SyncRunnerOptions {
  api: SimklApi;
  db: LibraryDb;
  store: MirrorStore;
  serial: Serial;
  clock: Clock;
  onChanged(): void;
  onSynced(): void;
}

export interface SyncRunner {
  /**
   * One incremental sync; calls while one runs share it, except a fresh one (the sync after a
   * write), which gets a run that starts after it (sync-runs.ts).
   */
  run(request?: SyncRequest): Promise<SyncOutcome>;
  /**
   * The mirror was emptied (sign-out, another user): a run under way writes nothing more to it, not
   * even its timestamps, and the next call starts a run of its own.
   */
  invalidate(): void;
}

/** Thrown inside a run whose mirror changed hands; the run ends quietly. */
class StaleRun extends Error {}

export function createSyncRunner(options: SyncRunnerOptions): SyncRunner {
  const { api, db, store, serial, clock } = options;
  let generation = 0;

  async function once(touched: Touch[]): Promise<SyncOutcome> {
    const started = generation;
    // Every write of the run goes through here, so none lands in a mirror emptied since it began.
    const guarded: Serial = (task) =>
      serial(async () => {
        if (started !== generation) throw new StaleRun();
        return task();
      });
    try {
      const [saved, skippedBefore] = await Promise.all([
        get<Activities>('activities', db.meta),
        get<SkippedRows>('skipped', db.meta),
      ]);
      const run = await runSync(api, store, guarded, saved, touched, skippedBefore);
      const { activities, changed, skipped } = run;
      // Saved last: a run that failed half-way is redone from the old timestamps next time.
      await guarded(async () => {
        await set('activities', activities, db.meta);
        await set('lastSyncAt', new Date(clock.now()).toISOString(), db.meta);
        await set('skipped', skipped, db.meta);
        await del('lastError', db.meta);
      });
      if (changed) options.onChanged();
      options.onSynced();
      return { changed };
    } catch (error) {
      // The previous user's run: its outcome, failure included, is nobody's business now.
      if (error instanceof StaleRun || started !== generation) return { changed: false };
      await set('lastError', toErrorData(error), db.meta);
      throw error;
    }
  }

  let runs = createSyncRuns(once);

  return {
    run(request = {}) {
      const touched = request.touched ?? [];
      return runs.request(request.fresh === true || touched.length > 0, touched);
    },
    invalidate() {
      generation += 1;
      // The runs under way belong to the previous mirror: the next request starts its own.
      runs = createSyncRuns(once);
    },
  };
}
