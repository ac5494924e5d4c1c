import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { ErrorData } from '../lib/errors';
import { t } from '../lib/i18n';
import { type MenuActionView, sendIntent } from '../lib/messaging';
import { errorText } from '../lib/words/error-text';
import { menuWriteText } from '../lib/words/menu-action-text';
import { ConfirmActionDetails } from './ConfirmActionDetails';
import { Logo } from './Logo';
import { useConfirmKeys } from './use-confirm-keys';
import { useIntent } from './use-intent';

/** Opening the window: an unknown, used or expired id, and a malformed one, say the same. */
function refusalText(error: ErrorData): string {
  return error.kind === 'not-found' || error.kind === 'internal' ? t('confirmMenuExpired') : errorText(error);
}

/**
 * The link menu's confirm window (confirm.html): the background opened it for one pending action, and
 * only Confirm here writes it. Cancel, Escape or closing the window writes nothing.
 */
export function ConfirmAction({ id }: { id: string }) {
  const [action] = useIntent('menuAction', { id }, 0);
  const [outcome, setOutcome] = useState<string>();
  const [busy, setBusy] = useState(false);
  const safeRef = useRef<HTMLButtonElement>(null);
  const view: MenuActionView | undefined = action.value;
  const answered = outcome !== undefined;

  const cancel = () => {
    void sendIntent('menuCancel', { id }).finally(() => window.close());
  };
  // A ref, not the state: two key presses in one turn both see the state of the last render.
  const sent = useRef(false);
  const confirm = async () => {
    if (!view || sent.current) return;
    sent.current = true;
    setBusy(true);
    const answer = await sendIntent('menuConfirm', { id });
    setBusy(false);
    if (!answer.ok) return setOutcome(errorText(answer.error));
    if (!answer.value.done) {
      return setOutcome(t(answer.value.reason === 'changed' ? 'confirmMenuChanged' : 'confirmMenuExpired'));
    }
    setOutcome(t('confirmMenuDone', menuWriteText(view.write, view.listed)));
    window.close();
  };
  const canConfirm = Boolean(view?.match.found) && !answered;
  useConfirmKeys(canConfirm ? () => void confirm() : undefined, cancel);
  // In the task that draws the buttons, not after the paint: an Enter pressed as the window appears
  // finds the focus already on the safe button.
  useLayoutEffect(() => safeRef.current?.focus(), [view, answered]);

  return (
    <main class="popup">
      <header class="bar">
        <Logo size={24} />
        <h1>{t('confirmMenuTitle')}</h1>
      </header>
      {action.error && <p class="error">{refusalText(action.error)}</p>}
      {view && <ConfirmActionDetails action={view} />}
      {outcome && (
        <p role="status" data-testid="confirm-outcome">
          {outcome}
        </p>
      )}
      {(view || action.error) && (
        <div class="row">
          <button type="button" ref={safeRef} data-action="menu-cancel" onClick={cancel}>
            {canConfirm ? t('controlConfirmNo') : t('confirmMenuClose')}
          </button>
          {canConfirm && (
            <button
              type="button"
              class="primary"
              data-action="menu-confirm"
              disabled={busy}
              onClick={() => void confirm()}
            >
              {t('controlConfirmYes')}
            </button>
          )}
        </div>
      )}
    </main>
  );
}
