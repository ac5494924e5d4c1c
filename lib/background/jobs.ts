import { browser } from 'wxt/browser';
import { onSettingsChange } from '../store/settings';
import { keepOutboxAlarm, OUTBOX_ALARM, SYNC_ALARM, scheduleSync } from './alarms';
import { IMPORT_ALARM } from './import/import-alarm';
import type { BackgroundServices } from './services';

type Jobs = Pick<BackgroundServices, 'library' | 'outbox' | 'isSignedIn' | 'badge'> &
  Partial<Pick<BackgroundServices, 'imports' | 'caches'>>;

/** Drops the answers that expired from every cache of Simkl's answers, once a browser session. */
function pruneCaches({ caches }: Jobs): void {
  for (const cache of Object.values(caches ?? {})) void cache.prune(Date.now()).catch(() => undefined);
}

async function syncIfSignedIn({ library, isSignedIn }: Jobs): Promise<void> {
  if (await isSignedIn()) await library.sync().catch(() => undefined);
}

/**
 * When the background works without being asked: on install and start-up, on alarms, when the
 * network comes back. Listeners are registered synchronously so a woken worker hears the event
 * that woke it.
 */
export function startBackgroundJobs(jobs: Jobs): void {
  const { outbox, badge } = jobs;
  // A sleeping worker hears no 'online' event: whenever it wakes with the network up, writes that
  // waited for the network go now, not after their backoff (up to 15 min) and not holding back the
  // writes queued behind them.
  const resume = () => (navigator.onLine === false ? outbox.start() : outbox.online());
  // Before the first drain, so that its changes already reach the alarm.
  const reconcileOutboxAlarm = keepOutboxAlarm(outbox);
  void reconcileOutboxAlarm();
  void resume();
  // An import the worker stopped in the middle of goes on where it was (its state is in IndexedDB).
  // Only one under way loads the import's part (import/lazy-imports.ts).
  const resumeImport = () => void jobs.imports?.resumeIfUnderWay().catch(() => undefined);
  resumeImport();

  // The badge outlives a sleeping worker but not a browser restart; midnight is the sync alarm's.
  browser.runtime.onInstalled.addListener(() => {
    void scheduleSync(true);
    void syncIfSignedIn(jobs);
    void badge.refresh();
    pruneCaches(jobs);
  });
  browser.runtime.onStartup.addListener(() => {
    void syncIfSignedIn(jobs);
    void badge.refresh();
    pruneCaches(jobs);
  });
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === OUTBOX_ALARM) void resume();
    if (alarm.name === IMPORT_ALARM) void jobs.imports?.resume().catch(() => undefined);
    if (alarm.name === SYNC_ALARM) {
      void outbox
        .flush()
        .then(() => syncIfSignedIn(jobs))
        .finally(() => badge.refresh());
    }
  });
  onSettingsChange((next, previous) => {
    if (next.syncIntervalMinutes !== previous.syncIntervalMinutes) void scheduleSync(true);
    if (next.badgeCounts !== previous.badgeCounts) void badge.refresh();
  });
  globalThis.addEventListener?.('online', () => {
    void outbox.online();
    resumeImport();
  });

  // An alarm left from an older version or a missed settings change is put right at every start.
  void scheduleSync(false);
}
