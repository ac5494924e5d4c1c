import type { ErrorKind } from '../errors';
import { clockTime, dateTime, daysFromToday, type MessageKey, t } from '../i18n';
import type { AccountView, PendingView, SyncView } from '../messaging';

/** What the background already knows (no request to Simkl is made to tell it). */
export interface TroubleInputs {
  /** The browser's own idea of the network (navigator.onLine). */
  browserOnline: boolean;
  sync?: SyncView;
  pending?: PendingView;
  account?: AccountView;
  now: number;
}

/** Why Simkl cannot take changes now, by the kind of the latest failure; other kinds are no outage. */
const HEADLINES: Partial<Record<ErrorKind, MessageKey>> = {
  offline: 'troubleUnreachable',
  server: 'troubleFailing',
  'invalid-response': 'troubleFailing',
  'rate-limit': 'troubleBusy',
  'app-limit': 'troubleAppLimit',
};

const SEPARATOR = ' · ';

function waitingWords(count: number): string | undefined {
  if (count === 0) return undefined;
  return count === 1 ? t('troubleWaitingOne') : t('troubleWaitingMany', count);
}

/** "21:14" today, a date with it on another day: the next try may be the sync alarm's, hours away. */
function retryWords(at: number, now: number): string {
  const iso = new Date(at).toISOString();
  return t('troubleRetryAt', daysFromToday(iso, now) === 0 ? clockTime(iso) : dateTime(iso));
}

/** The user's own writes that wait for a retry because Simkl did not take them (not failed for good). */
function failingWrites(pending: PendingView | undefined) {
  return (pending?.writes ?? []).filter(
    (write) => write.state === 'queued' && write.error && HEADLINES[write.error.kind],
  );
}

/**
 * The one line at the top of the popup when Simkl cannot be reached (docs/architecture.md, The popup):
 * why, how many changes wait, and when it tries again. Undefined when nothing is wrong: a signed-out
 * user who chose to sign out, or a refused change (it is listed with its Retry), is no outage.
 */
export function troubleText(inputs: TroubleInputs): string | undefined {
  const { account, pending, sync, now } = inputs;
  const own = pending?.pending ?? 0;
  if (account && !account.signedIn && account.signedOutReason) {
    // Signed out, the user's writes wait for them to sign in again (outbox/owner.ts): count them all.
    const kept = own + (pending?.waiting ?? []).reduce((sum, group) => sum + group.count, 0);
    const parts = [
      t('troubleSignedOut'),
      waitingWords(kept),
      kept > 0 ? t('troubleSignInToSend') : undefined,
    ];
    return parts.filter(Boolean).join(SEPARATOR);
  }
  if (!inputs.browserOnline) {
    const parts = [t('troubleOffline'), waitingWords(own), own > 0 ? t('troubleWhenOnline') : undefined];
    return parts.filter(Boolean).join(SEPARATOR);
  }
  const writes = failingWrites(pending);
  const syncKind = sync?.lastError && HEADLINES[sync.lastError.kind] ? sync.lastError.kind : undefined;
  // A write's error is its latest try, so it speaks first; the sync's is the last sync's.
  const kind = writes[0]?.error?.kind ?? syncKind;
  if (!kind) return undefined;
  const headline = t(HEADLINES[kind] as MessageKey);
  const tries = [
    ...writes.map((write) => (write.retryAt ? Date.parse(write.retryAt) : now)),
    ...(syncKind && sync?.nextSyncAt ? [Date.parse(sync.nextSyncAt)] : []),
  ];
  const next = tries.length > 0 ? Math.min(...tries) : undefined;
  // A retry time already past waits for the outbox's alarm, which wakes the worker every minute.
  const when = next === undefined ? undefined : next > now ? retryWords(next, now) : t('troubleRetrySoon');
  return [headline, waitingWords(own), when].filter(Boolean).join(SEPARATOR);
}
