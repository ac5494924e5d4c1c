import { dateTime, t } from '../i18n';
import type { SyncView } from '../messaging';
import { readFailureReason } from './read-failure';

/** "Couldn't sync: Simkl is having trouble right now. Next try: 7 Dec, 14:05." A sync that failed, and when it is tried again. */
export function syncFailedText({ lastError, nextSyncAt }: SyncView): string | undefined {
  if (!lastError) return undefined;
  const reason = readFailureReason(lastError);
  return nextSyncAt ? t('syncFailedRetry', [reason, dateTime(nextSyncAt)]) : t('syncFailed', reason);
}
