import { useEffect, useRef } from 'preact/hooks';
import { t } from '../lib/page/i18n';
import { trusted } from './trusted';

export interface ConfirmPanelProps {
  question: string;
  onAnswer(confirmed: boolean): void;
}

/** "Change on Simkl: Completed?" when the user asked to confirm writes made from a site page. */
export function ConfirmPanel({ question, onAnswer }: ConfirmPanelProps) {
  const yes = useRef<HTMLButtonElement>(null);
  useEffect(() => yes.current?.focus(), []);
  const onKeyDown = trusted((event: KeyboardEvent) => {
    if (event.key === 'Escape') onAnswer(false);
  });
  return (
    <div role="alertdialog" class="menu" aria-label={question} onKeyDown={onKeyDown}>
      <p>{question}</p>
      <div>
        <button
          ref={yes}
          type="button"
          class="item"
          data-action="confirm"
          onClick={trusted(() => onAnswer(true))}
        >
          {t('controlConfirmYes')}
        </button>
        <button type="button" class="item" data-action="cancel" onClick={trusted(() => onAnswer(false))}>
          {t('controlConfirmNo')}
        </button>
      </div>
    </div>
  );
}
