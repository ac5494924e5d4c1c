import { t } from '../lib/i18n';
import {
  type Answer,
  type PendingView,
  type PendingWriteView,
  sendIntent,
  type WaitingWritesView,
} from '../lib/messaging';
import { errorText } from '../lib/words/error-text';
import { useIntent } from './use-intent';

const STATE_TEXT = {
  queued: 'pendingQueued',
  sending: 'pendingSending',
  failed: 'pendingFailed',
} as const satisfies Record<PendingWriteView['state'], Parameters<typeof t>[0]>;

/** "3 changes wait for Demo Watcher to sign in again" */
function waitingText({ name, count }: WaitingWritesView): string {
  return count === 1 ? t('pendingWaitingOne', name) : t('pendingWaitingMany', [count, name]);
}

/** "2 changes will not be sent: you were signed out before Simkl said which account they were for" */
function unclaimedText(count: number): string {
  return count === 1 ? t('pendingUnclaimedOne') : t('pendingUnclaimedMany', count);
}

/**
 * Writes stored but not yet confirmed by Simkl; failed ones can be retried or discarded. Writes another
 * account made wait for that account (never sent under this one): only their count shows, with Discard;
 * so do those of a session that ended before Simkl named its user, which nobody will send.
 */
export function PendingWrites({ revision }: { revision: number }) {
  const [pending, setPending] = useIntent('pending', {}, revision);
  const writes = pending.value?.writes ?? [];
  const waiting = pending.value?.waiting ?? [];
  const unclaimed = pending.value?.unclaimed ?? 0;
  if (writes.length === 0 && waiting.length === 0 && unclaimed === 0) return null;

  const answerWith = async (ask: Promise<Answer<PendingView>>) => {
    const answer = await ask;
    if (answer.ok) setPending(answer.value);
  };
  return (
    <section class="pending" aria-labelledby="pending-heading">
      <h2 id="pending-heading">{t('pendingHeading')}</h2>
      <ul>
        {waiting.map((group) => (
          <DiscardRow
            key={`user-${group.user}`}
            state="waiting"
            user={group.user}
            text={waitingText(group)}
            onDiscard={() => answerWith(sendIntent('discardWaiting', { user: group.user }))}
          />
        ))}
        {unclaimed > 0 && (
          <DiscardRow
            state="unclaimed"
            text={unclaimedText(unclaimed)}
            onDiscard={() => answerWith(sendIntent('discardWaiting', { unclaimed: true }))}
          />
        )}
        {writes.map((write) => (
          <li key={write.id} data-state={write.state}>
            <span>{write.label}</span> <span class="muted">{t(STATE_TEXT[write.state])}</span>
            {write.error && <p class="error">{errorText(write.error)}</p>}
            <div class="row">
              {write.state === 'failed' && (
                <button
                  type="button"
                  data-action="retry"
                  onClick={() => answerWith(sendIntent('retryWrite', { id: write.id }))}
                >
                  {t('pendingRetry')}
                </button>
              )}
              <button
                type="button"
                class="link"
                data-action="discard"
                onClick={() => answerWith(sendIntent('discardWrite', { id: write.id }))}
              >
                {t('pendingDiscard')}
              </button>
            </div>
          </li>
        ))}
      </ul>
    </section>
  );
}

/** Writes this session will not send (another account's, or nobody's), with their Discard. */
function DiscardRow(props: {
  state: 'waiting' | 'unclaimed';
  user?: number;
  text: string;
  onDiscard(): void;
}) {
  return (
    <li data-state={props.state} data-user={props.user}>
      <span>{props.text}</span>
      <div class="row">
        <button type="button" class="link" data-action={`discard-${props.state}`} onClick={props.onDiscard}>
          {t('pendingDiscard')}
        </button>
      </div>
    </li>
  );
}
