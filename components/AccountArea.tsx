import { useState } from 'preact/hooks';
import type { ErrorData } from '../lib/errors';
import { t } from '../lib/i18n';
import { type AccountView, type Answer, sendIntent } from '../lib/messaging';
import { errorText } from '../lib/words/error-text';
import { simklPageUrl } from '../lib/words/links';
import { signedOutReasonText } from '../lib/words/signed-out-text';
import { useIntent } from './use-intent';

/** Who is signed in, with sign in (window or PIN code) and sign out. Shared by popup and options. */
export function AccountArea({ revision }: { revision: number }) {
  const [account, setAccount] = useIntent('account', {}, revision);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ErrorData>();

  const run = async (ask: () => Promise<Answer<AccountView>>) => {
    setBusy(true);
    setError(undefined);
    const answer = await ask();
    setBusy(false);
    if (answer.ok) setAccount(answer.value);
    else setError(answer.error);
  };
  const view = account.value;
  const problem = error ?? account.error;
  const pinUrl = simklPageUrl(view?.pin?.verificationUrl);

  return (
    <section class="account" aria-label={t('accountHeading')} aria-busy={busy || account.loading}>
      {view?.signedIn && view.user && (
        <div class="row">
          {view.user.avatar && (
            <img
              class="avatar"
              src={view.user.avatar}
              alt={t('avatarAlt', view.user.name)}
              width={28}
              height={28}
            />
          )}
          <span data-testid="account-name">{t('accountSignedInAs', view.user.name)}</span>
          <button
            type="button"
            class="link"
            data-action="sign-out"
            onClick={() => run(() => sendIntent('signOut', {}))}
          >
            {t('accountSignOut')}
          </button>
        </div>
      )}
      {view && !view.signedIn && view.pin && (
        <div class="pin" role="status">
          <p>{t('accountPinIntro')}</p>
          <p class="code" data-testid="pin-code">
            {view.pin.userCode}
          </p>
          {pinUrl && (
            <a href={pinUrl} target="_blank" rel="noopener noreferrer">
              {t('accountPinOpen')}
            </a>
          )}
        </div>
      )}
      {view && !view.signedIn && !view.pin && (
        <div class="row">
          <span class="muted">
            {view.signedOutReason ? signedOutReasonText(view.signedOutReason) : t('accountSignedOut')}
          </span>
          <button
            type="button"
            class="primary"
            data-action="sign-in"
            disabled={busy}
            onClick={() => run(() => sendIntent('signIn', {}))}
          >
            {t('accountSignIn')}
          </button>
        </div>
      )}
      {problem && (
        <p class="error" role="alert">
          {errorText(problem)}
        </p>
      )}
    </section>
  );
}
