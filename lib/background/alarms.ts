/**
 * The background's two alarms, each existing only while it has work: the outbox alarm while writes
 * wait to be sent (it wakes a worker that slept through their retry timer), and the sync alarm at
 * the user's interval. An alarm that fires for nothing still wakes the whole worker. The import's
 * alarm is the import's own (import/import-alarm.ts): it lives from an import's start to its end.
 */
import { browser } from 'wxt/browser';
import type { Outbox } from '../outbox/types';
import { getSettings } from '../store/settings';

export const SYNC_ALARM = 'simkl-sync';
export const OUTBOX_ALARM = 'simkl-outbox';
/** Chrome's shortest period for an installed extension. */
const OUTBOX_ALARM_MINUTES = 1;

/** Creates or clears the outbox alarm after every change of the queue, one check at a time. */
export function keepOutboxAlarm(outbox: Pick<Outbox, 'pending' | 'onChange'>): () => Promise<void> {
  let tail: Promise<void> = Promise.resolve();
  const check = async () => {
    // Failed writes wait for the user (Retry), not for a timer.
    const waiting = (await outbox.pending()).pending > 0;
    const alarm = await browser.alarms.get(OUTBOX_ALARM);
    if (waiting && !alarm)
      await browser.alarms.create(OUTBOX_ALARM, { periodInMinutes: OUTBOX_ALARM_MINUTES });
    if (!waiting && alarm) await browser.alarms.clear(OUTBOX_ALARM);
  };
  const reconcile = () => {
    tail = tail.then(check).catch(() => undefined);
    return tail;
  };
  outbox.onChange(() => void reconcile());
  return reconcile;
}

/** When the sync alarm fires next (UTC ISO): a failed sync says when it is tried again. */
export async function nextSyncAt(): Promise<string | undefined> {
  const alarm = await browser.alarms.get(SYNC_ALARM);
  return alarm ? new Date(alarm.scheduledTime).toISOString() : undefined;
}

/** The sync alarm at the interval the settings say; `replace` restarts its period (install, a new interval). */
export async function scheduleSync(replace: boolean): Promise<void> {
  const { syncIntervalMinutes } = await getSettings();
  const alarm = await browser.alarms.get(SYNC_ALARM);
  if (!replace && alarm?.periodInMinutes === syncIntervalMinutes) return;
  await browser.alarms.create(SYNC_ALARM, { periodInMinutes: syncIntervalMinutes });
}
