/**
 * The import's alarm lives from the import's start to its end (docs/architecture.md, The import):
 * while a plan or a job of the signed-in user is unfinished, it wakes a worker that stopped in the
 * middle, and it goes once nothing is left (done, discarded) or what is left waits for another
 * account's sign-in, which resumes it without a timer. An alarm that fires for nothing still wakes
 * the whole worker, so a stale one is cleared on the first look.
 */
import { browser } from 'wxt/browser';

export const IMPORT_ALARM = 'simkl-import';
/** Chrome's shortest period for an installed extension. */
const IMPORT_ALARM_MINUTES = 1;

/** Creates or clears the alarm, one check at a time; `hasWork` says whether an import is under way. */
export function importAlarmKeeper(hasWork: () => Promise<boolean>): () => Promise<void> {
  let tail: Promise<void> = Promise.resolve();
  const check = async () => {
    const needed = await hasWork();
    const alarm = await browser.alarms.get(IMPORT_ALARM);
    // An existing alarm is kept as it is: creating it again would push its next wake back.
    if (needed && !alarm)
      await browser.alarms.create(IMPORT_ALARM, { periodInMinutes: IMPORT_ALARM_MINUTES });
    if (!needed && alarm) await browser.alarms.clear(IMPORT_ALARM);
  };
  return () => {
    tail = tail.then(check).catch(() => undefined);
    return tail;
  };
}
