import { useEffect } from 'preact/hooks';
import { t } from '../lib/i18n';
import type { DetectedMedia } from '../lib/media';
import { controlNote } from '../lib/page/control/control-state';
import type { FirstViews } from '../lib/popup/first-reads';
import { readFailureReason } from '../lib/words/read-failure';
import { ItemSummary } from './ItemSummary';
import { LazyItemActions, LazyMatchedAs, LazySimklScore } from './popup-parts';
import { SeasonList } from './SeasonList';
import { useItemView } from './use-item-view';

export interface ItemPanelProps {
  media: DetectedMedia;
  revision: number;
  /** The tab plays the title (Netflix's player). */
  canCheckIn?: boolean;
  /** Called once the background's first answer is on screen (the popup syncs only then, see App). */
  onShown?: () => void;
  /** Called once the title's state is on screen, from the local stores or the background. */
  onPainted?: () => void;
  /** The title's views as the popup read them at its start (lib/popup/first-reads.ts). */
  early?: FirstViews;
}

/** The popup's view of the tab's title: from the local stores at first, then the background's `status` answer. */
export function ItemPanel({
  media,
  revision,
  canCheckIn = false,
  onShown,
  onPainted,
  early,
}: ItemPanelProps) {
  const { state, busy, act, answered } = useItemView(media, revision, early);
  // Fetched while the title's state is read, so the buttons are there when the title is.
  useEffect(() => void LazyItemActions.preload(), []);
  // The background's answer, not the popup's own read: the sync must not hold up that answer.
  useEffect(() => {
    if (answered) onShown?.();
  }, [answered]);
  const painted = state.phase !== 'loading';
  useEffect(() => {
    if (painted) onPainted?.();
  }, [painted]);
  const note = controlNote(state);
  // The title index's state (lib/popup/first-reads.ts) names no Simkl item: "Matched as" would read
  // "no match" until the mirror's view or the background's answer names it.
  const namesItem = state.phase === 'ready' && (state.view.simkl !== undefined || !state.view.known);
  if (state.phase === 'loading') return <p class="muted">{t('popupLoading')}</p>;
  return (
    <div class="panel">
      <ItemSummary media={media} view={state.phase === 'ready' ? state.view : undefined} />
      {answered && (
        <LazySimklScore media={media} simkl={state.phase === 'ready' ? state.view.simkl : undefined} />
      )}
      {state.phase === 'ready' && (
        <LazyItemActions media={media} view={state.view} busy={busy} canCheckIn={canCheckIn} onAction={act} />
      )}
      {state.phase === 'ready' && namesItem && <LazyMatchedAs media={media} view={state.view} />}
      {state.phase === 'ready' && <SeasonList media={media} view={state.view} revision={revision} />}
      {state.phase === 'signed-out' && !note && <p class="muted">{t('error_signedOut')}</p>}
      {state.phase === 'error' && (
        <p class="error" role="alert">
          {readFailureReason(state.error)}
        </p>
      )}
      {note && (
        <p class="error" role="status" data-testid="item-note">
          {note}
        </p>
      )}
    </div>
  );
}
