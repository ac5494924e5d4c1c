import { useEffect, useRef, useState } from 'preact/hooks';
import type { DetectedMedia } from '../lib/media';
import { actionLabel, type ControlAction } from '../lib/page/actions';
import { controlLabel, controlNote } from '../lib/page/control-state';
import { t } from '../lib/page/i18n';
import { ConfirmPanel } from './ConfirmPanel';
import { ControlMenu } from './ControlMenu';
import { Logo } from './Logo';
import { trusted } from './trusted';
import { useItemView } from './use-item-view';

export interface SimklControlProps {
  /** undefined = still identifying the title; null = it could not be identified. */
  media: DetectedMedia | null | undefined;
  /** Bumped by the runner when the library or account changed in the background. */
  revision: number;
  /** Ask before each write (settings.confirmWrites). */
  confirmWrites?: boolean;
}

/** The in-page "Add to Simkl" button and its menu. Every action needs a real (trusted) user event. */
export function SimklControl({ media, revision, confirmWrites = false }: SimklControlProps) {
  const { state, busy, act, signIn } = useItemView(media, revision);
  const [open, setOpen] = useState(false);
  const [confirming, setConfirming] = useState<ControlAction>();
  const wrap = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const ready = state.phase === 'ready' && media ? state : undefined;
  const note = controlNote(state);
  const pending = busy || (ready?.view.pendingWrites ?? 0) > 0;

  const close = (returnFocus: boolean) => {
    setOpen(false);
    setConfirming(undefined);
    if (returnFocus) button.current?.focus();
  };

  useEffect(() => {
    if (!open) return;
    // A press anywhere outside closes the menu (closing is harmless, so any event will do).
    const outside = (event: Event) => {
      if (wrap.current && !event.composedPath().includes(wrap.current)) close(false);
    };
    document.addEventListener('pointerdown', outside, true);
    return () => document.removeEventListener('pointerdown', outside, true);
  }, [open]);

  const run = (action: ControlAction) => {
    close(true);
    void act(action);
  };
  const onPick = (action: ControlAction) => (confirmWrites ? setConfirming(action) : run(action));
  const onClick = trusted(() => {
    if (state.phase === 'signed-out') void signIn();
    else if (ready) open || confirming ? close(false) : setOpen(true);
  });
  const onKeyDown = trusted((event: KeyboardEvent) => {
    if (ready && !open && (event.key === 'ArrowDown' || event.key === 'ArrowUp')) {
      event.preventDefault();
      setOpen(true);
    }
  });

  return (
    <div ref={wrap} class="w">
      <button
        ref={button}
        type="button"
        class="main"
        data-testid="simkl-button"
        data-phase={state.phase}
        data-listed={ready?.view.status ? '' : undefined}
        aria-haspopup={ready ? 'menu' : undefined}
        aria-expanded={ready ? open : undefined}
        aria-disabled={state.phase === 'unknown' || state.phase === 'loading'}
        aria-busy={state.phase === 'loading' || busy}
        aria-describedby={note ? 'simkl-note' : undefined}
        onClick={onClick}
        onKeyDown={onKeyDown}
      >
        <Logo />
        <span>{controlLabel(state)}</span>
        {pending && <span class="dot" data-pending="" aria-hidden="true" />}
        {pending && <span class="sr">, {t('controlSaving')}</span>}
      </button>
      {ready && open && !confirming && (
        <ControlMenu media={media!} view={ready.view} onAction={onPick} onClose={close} />
      )}
      {ready && confirming && (
        <ConfirmPanel
          question={t('controlConfirm', actionLabel(confirming, media!))}
          onAnswer={(yes) => (yes ? run(confirming) : close(true))}
        />
      )}
      {note && (
        <p id="simkl-note" class="note" role="status">
          {note}
        </p>
      )}
    </div>
  );
}
