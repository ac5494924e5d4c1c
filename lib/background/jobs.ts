import { browser } from 'wxt/browser';
import { getSettings, onSettingsChange } from '../store/settings';
import type { BackgroundServices } from './services';

const SYNC_ALARM = 'simkl-sync';
/** Retries of pending writes when the worker slept through their timer (Chrome's minimum period). */
const OUTBOX_ALARM = 'simkl-outbox';
const OUTBOX_ALARM_MINUTES = 1;

type Jobs = Pick<BackgroundServices, 'library' | 'outbox' | 'isSignedIn'>;

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
  const { outbox } = jobs;
  void outbox.start();

  browser.runtime.onInstalled.addListener(() => {
    void scheduleSync();
    void syncIfSignedIn(jobs);
  });
  browser.runtime.onStartup.addListener(() => void syncIfSignedIn(jobs));
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === OUTBOX_ALARM) void outbox.flush();
    if (alarm.name === SYNC_ALARM) void outbox.flush().then(() => syncIfSignedIn(jobs));
  });
  onSettingsChange((next, previous) => {
    if (next.syncIntervalMinutes !== previous.syncIntervalMinutes) void scheduleSync();
  });
  globalThis.addEventListener?.('online', () => void outbox.online());

  void browser.alarms.get(SYNC_ALARM).then(async (alarm) => {
    if (!alarm) await scheduleSync();
  });
  void browser.alarms.create(OUTBOX_ALARM, { periodInMinutes: OUTBOX_ALARM_MINUTES });
}
