/**
 * What the import says at each step, the same on Netflix's page, in the popup and in the options:
 * one line, the progress, the list of what could not be matched, and the one thing to do next.
 */
import { formatNumber, type MessageKey, t } from '../i18n';
import type { ImportView } from '../messaging';
import { importPreviewText } from './import-preview-text';

export interface ImportWords {
  line?: string;
  progress?: { sent: number; total: number };
  unmatched?: { heading: string; titles: string[] };
  action?: ImportAction;
}

/**
 * The one thing to do next: read the history, confirm the preview, discard another user's import, or
 * stop the user's own import under way.
 */
export interface ImportAction {
  key: 'read' | 'confirm' | 'discard' | 'stop';
  label: string;
}

const FAILURES: Record<NonNullable<ImportView['failure']>, MessageKey> = {
  'format-changed': 'importFormatChanged',
  'signed-out': 'importSignedOut',
  'page-failed': 'importPageFailed',
  'signed-out-simkl': 'importSignInSimkl',
};

export function importWords(view: ImportView): ImportWords {
  const read = { key: 'read' as const, label: t('importAction') };
  const progress = view.progress;
  const count = (n: number) => formatNumber(n);
  switch (view.phase) {
    case 'reading':
      // The popup's view: the page may have been closed before it read anything.
      return { line: t('importReading', count(1)), action: read };
    case 'planning': {
      // Titles looked up on Simkl so far: the bar follows the plan job, not the page's message.
      const { matched = 0, total = 0, paused } = view.planning ?? {};
      const line = t(paused ? 'importMatchingPaused' : 'importMatching', [count(matched), count(total)]);
      return { line, progress: { sent: matched, total } };
    }
    case 'preview': {
      const summary = view.summary;
      if (!summary) return { action: read };
      return {
        line: importPreviewText(summary),
        unmatched: { heading: t('importUnmatchedList'), titles: summary.unmatched },
        action: { key: 'confirm', label: t('importConfirm', count(summary.fresh)) },
      };
    }
    case 'importing':
    case 'waiting': {
      const done = [count(progress?.sent ?? 0), count(progress?.total ?? 0)];
      const owner = view.waitsFor;
      // Another account's import is kept for it and never sent here: say whose, and offer Discard.
      if (owner) {
        const line = t('importWaitingUser', [...done, owner.name]);
        const discard = { key: 'discard' as const, label: t('importDiscard') };
        return progress ? { line, progress, action: discard } : { line, action: discard };
      }
      if (view.stopping) {
        const line = t('importStopping', done);
        return progress ? { line, progress } : { line };
      }
      const line = t(view.phase === 'importing' ? 'importProgress' : 'importWaiting', done);
      const stop = { key: 'stop' as const, label: t('importStop') };
      return progress ? { line, progress, action: stop } : { line, action: stop };
    }
    case 'done': {
      // Stopped by the user: what was sent stays, the rest was never sent; a new reading offers it again.
      if (view.stopped) {
        const line = t('importStopped', [count(progress?.sent ?? 0), count(progress?.total ?? 0)]);
        return { line, action: read };
      }
      // What Simkl did not find was sent but not imported. A new reading sends only what is new since
      // (the mirror knows the rest), so the button says that rather than offering the same import again.
      const imported = t('importDone', count((progress?.sent ?? 0) - (view.notFound ?? 0)));
      const line = view.notFound ? `${imported} ${t('importNotFound', count(view.notFound))}` : imported;
      return { line, action: { key: 'read', label: t('importAgain') } };
    }
    case 'failed':
      return { line: t(FAILURES[view.failure ?? 'page-failed']), action: read };
    default:
      // Before anything: what the import does, and that nothing is sent before the user says so.
      return { line: t('importIntro'), action: read };
  }
}
