import { browser } from 'wxt/browser';
import { getSettings, onSettingsChange } from '../store/settings';
import type { BackgroundServices } from './services';

const SYNC_ALARM = 'simkl-sync';
/** Retries of pending writes when the worker slept through their timer (Chrome's minimum period). */
const OUTBOX_ALARM = 'simkl-outbox';
const OUTBOX_ALARM_MINUTES = 1;

type Jobs = Pick<BackgroundServices, 'library' | 'outbox' | 'isSignedIn' | 'badge'>;

async function syncIfSignedIn({ library, isSignedIn }: Jobs): Promise<void> {
  if (await isSignedIn()) await library.sync().catch(() => undefined);
}

async function scheduleSync(): Promise<void> {
  const { syncIntervalMinutes } = await getSettings();
  await browser.alarms.create(SYNC_ALARM, { periodInMinutes: syncIntervalMinutes });
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
  void resume();

  // The badge outlives a sleeping worker but not a browser restart; midnight is the sync alarm's.
  browser.runtime.onInstalled.addListener(() => {
    void scheduleSync();
    void syncIfSignedIn(jobs);
    void badge.refresh();
  });
  browser.runtime.onStartup.addListener(() => {
    void syncIfSignedIn(jobs);
    void badge.refresh();
  });
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === OUTBOX_ALARM) void resume();
    if (alarm.name === SYNC_ALARM) {
      void outbox
        .flush()
        .then(() => syncIfSignedIn(jobs))
        .finally(() => badge.refresh());
    }
  });
  onSettingsChange((next, previous) => {
    if (next.syncIntervalMinutes !== previous.syncIntervalMinutes) void scheduleSync();
    if (next.badgeEnabled !== previous.badgeEnabled) void badge.refresh();
  });
  globalThis.addEventListener?.('online', () => void outbox.online());

  void browser.alarms.get(SYNC_ALARM).then(async (alarm) => {
    if (!alarm) await scheduleSync();
  });
  void browser.alarms.create(OUTBOX_ALARM, { periodInMinutes: OUTBOX_ALARM_MINUTES });
}
