import { airTime, t } from '../lib/i18n';
import type { DetectedMedia } from '../lib/media';
import type { ItemView } from '../lib/messaging';
import { shortEpisode, statusText, typeText } from '../lib/words/labels';
import { Poster } from './Poster';

export interface ItemSummaryProps {
  media: DetectedMedia;
  /** Absent while signed out: then only what the page itself says is shown. */
  view?: ItemView;
}

function nextText(progress: NonNullable<ItemView['progress']>): string | undefined {
  if (!progress.next) return undefined;
  const episode = shortEpisode(progress.next);
  return progress.nextAirsAt
    ? t('progressNextAirs', [episode, airTime(progress.nextAirsAt)])
    : t('progressNext', episode);
}

/** The status line of a title on none of the user's lists: not listed, unknown, or not asked yet. */
function summaryKey(view: ItemView) {
  if (view.known) return 'notInList';
  return view.lookupFailed ? 'lookupFailedShort' : 'unknownOnSimkl';
}

/** Poster, title, year, type, and (signed in) the list, rating, progress and next episode. */
export function ItemSummary({ media, view }: ItemSummaryProps) {
  const title = view?.title ?? media.title ?? media.show?.title;
  const year = view?.year ?? media.year;
  const type = view?.type ?? media.kind;
  const progress = view?.progress;
  const next = progress && nextText(progress);
  return (
    <section class="summary" aria-label={title}>
      {view?.poster && (
        <Poster path={view.poster} size="ca" alt={t('posterAlt', title ?? '')} width={95} height={140} />
      )}
      <div class="facts">
        <h2 data-testid="item-title">
          {title}
          {year !== undefined && <span class="muted"> ({year})</span>}
        </h2>
        {type && <p class="muted">{typeText(type)}</p>}
        {view && (
          <>
            <p data-testid="item-status">{view.status ? statusText(view.status) : t(summaryKey(view))}</p>
            <p data-testid="item-rating">{view.rating === null ? t('notRated') : `★ ${view.rating}/10`}</p>
          </>
        )}
        {progress && (
          <p data-testid="item-progress">
            {progress.total === undefined
              ? t('progressCount', progress.watched)
              : t('progressOf', [progress.watched, progress.total])}
          </p>
        )}
        {next && <p data-testid="item-next">{next}</p>}
      </div>
    </section>
  );
}
