import { useEffect } from 'preact/hooks';

/**
 * The confirm window's keys: Escape cancels wherever the focus is; Enter confirms, except on a
 * button, where it presses that button as everywhere else (focus starts on Cancel, the safe one, so
 * a stray Enter writes nothing; Tab to Confirm and Enter writes).
 */
export function useConfirmKeys(onConfirm: (() => void) | undefined, onCancel: () => void): void {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') {
        event.preventDefault();
        onCancel();
      } else if (event.key === 'Enter' && onConfirm && !(event.target instanceof HTMLButtonElement)) {
        event.preventDefault();
        onConfirm();
      }
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [onConfirm, onCancel]);
}
