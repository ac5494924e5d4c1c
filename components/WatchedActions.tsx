import { useEffect, useRef, useState } from 'preact/hooks';
import { t } from '../lib/i18n';
import { parseEpisodeCode } from '../lib/library/episode-code';
import { seasonOf } from '../lib/library/episode-patch';
import type { DetectedMedia } from '../lib/media';
import type { ItemView } from '../lib/messaging';
import { type ControlAction, nextEpisodeToMark } from '../lib/page/control/actions';
import { episodeCode } from '../lib/words/labels';

export interface WatchedActionsProps {
  media: DetectedMedia;
  view: ItemView;
  /** The tab plays the title (Netflix's player): Simkl can be told it is being watched now. */
  canCheckIn: boolean;
  onAction(action: ControlAction): void;
}

function isMovie(media: DetectedMedia, view: ItemView): boolean {
  return view.type === 'movie' || (view.type === undefined && media.kind === 'movie');
}

/** "E21" on MAL and "S1E21" from Simkl name one episode: an anime's episodes are its season 1. */
function sameEpisode(a: string, b: string | undefined): boolean {
  const [x, y] = [parseEpisodeCode(a), parseEpisodeCode(b)];
  return Boolean(x && y && seasonOf(x) === seasonOf(y) && x.episode === y.episode);
}

/**
 * Mark-watched choices: a movie; for a show its next episode, this page's episode, or (after the
 * user confirms) every episode; and "Check in" on the Netflix player.
 */
export function WatchedActions({ media, view, canCheckIn, onAction }: WatchedActionsProps) {
  const [confirming, setConfirming] = useState(false);
  const confirmRef = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (confirming) confirmRef.current?.focus();
  }, [confirming]);
  const movie = isMovie(media, view);
  const pageEpisode = episodeCode(media);
  const next = movie ? undefined : nextEpisodeToMark(view);
  const showNext = next && !sameEpisode(next, pageEpisode);
  const progress = view.progress;
  const allWatched =
    progress?.total !== undefined && progress.total > 0 && progress.watched >= progress.total;

  return (
    <div class="row watched" role="group" aria-label={t('watchedGroupLabel')}>
      {movie && (
        <button
          type="button"
          class="primary"
          data-action="watched"
          onClick={() => onAction({ type: 'watched' })}
        >
          {t('actionMarkWatched')}
        </button>
      )}
      {pageEpisode && (
        <button
          type="button"
          class="primary"
          data-action="watched"
          onClick={() => onAction({ type: 'watched', scope: 'episode' })}
        >
          {t('actionMarkEpisodeWatched', pageEpisode)}
        </button>
      )}
      {showNext && (
        <button
          type="button"
          class={pageEpisode ? undefined : 'primary'}
          data-action="watched-next"
          onClick={() => onAction({ type: 'watched', scope: 'next' })}
        >
          {t('actionMarkNextWatched', next)}
        </button>
      )}
      {!movie && !allWatched && !confirming && (
        <button type="button" data-action="watched-show" onClick={() => setConfirming(true)}>
          {t('actionMarkShowWatched')}
        </button>
      )}
      {confirming && (
        <div class="confirm" role="group" aria-labelledby="confirm-show">
          <span id="confirm-show">{t('actionMarkShowConfirm', view.title ?? media.title ?? '')}</span>
          <button
            ref={confirmRef}
            type="button"
            class="primary"
            data-action="watched-show-confirm"
            onClick={() => {
              setConfirming(false);
              onAction({ type: 'watched', scope: 'show' });
            }}
          >
            {t('actionMarkShowYes')}
          </button>
          <button type="button" data-action="watched-show-cancel" onClick={() => setConfirming(false)}>
            {t('controlConfirmNo')}
          </button>
        </div>
      )}
      {canCheckIn && (
        <button
          type="button"
          data-action="checkin"
          aria-describedby="checkin-help"
          onClick={() => onAction({ type: 'checkin' })}
        >
          {t('actionCheckin')}
        </button>
      )}
      {canCheckIn && (
        <span id="checkin-help" class="muted">
          {t('actionCheckinHelp')}
        </span>
      )}
    </div>
  );
}
