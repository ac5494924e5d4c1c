import { useEffect, useRef, useState } from 'preact/hooks';
import { t } from '../lib/i18n';

/**
 * "Remove from list", which on Simkl also deletes the title's watch history: never one click away.
 * The first click asks; only the confirmation removes (the in-page control asks the same question).
 */
export function RemoveAction({ onRemove }: { onRemove(): void }) {
  const [confirming, setConfirming] = useState(false);
  const confirmRef = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (confirming) confirmRef.current?.focus();
  }, [confirming]);
  if (!confirming) {
    return (
      <button type="button" class="link danger" data-action="remove" onClick={() => setConfirming(true)}>
        {t('actionRemove')}
      </button>
    );
  }
  return (
    <div class="confirm" role="group" aria-labelledby="confirm-remove">
      <span id="confirm-remove">{t('confirmRemove')}</span>
      <button
        ref={confirmRef}
        type="button"
        class="danger"
        data-action="remove-confirm"
        onClick={() => {
          setConfirming(false);
          onRemove();
        }}
      >
        {t('actionRemove')}
      </button>
      <button type="button" data-action="remove-cancel" onClick={() => setConfirming(false)}>
        {t('controlConfirmNo')}
      </button>
    </div>
  );
}
