import { posterUrl } from '../lib/images/urls';
import type { DetectedMedia } from '../lib/media';
import type { ItemView } from '../lib/messaging';
import { t } from '../lib/page/i18n';
import { shortEpisode, statusText, typeText } from '../lib/page/labels';

export interface ItemSummaryProps {
  media: DetectedMedia;
  /** Absent while signed out: then only what the page itself says is shown. */
  view?: ItemView;
}

/** Poster, title, year, type, and (signed in) the list, rating and progress. */
export function ItemSummary({ media, view }: ItemSummaryProps) {
  const title = view?.title ?? media.title ?? media.show?.title;
  const year = view?.year ?? media.year;
  const type = view?.type ?? media.kind;
  const progress = view?.progress;
  return (
    <section class="summary" aria-label={title}>
      {view?.poster && (
        <img
          class="poster"
          src={posterUrl(view.poster)}
          alt={t('posterAlt', title ?? '')}
          width={95}
          height={140}
        />
      )}
      <div class="facts">
        <h2 data-testid="item-title">
          {title}
          {year !== undefined && <span class="muted"> ({year})</span>}
        </h2>
        {type && <p class="muted">{typeText(type)}</p>}
        {view && (
          <>
            <p data-testid="item-status">
              {view.status ? statusText(view.status) : t(view.known ? 'notInList' : 'unknownOnSimkl')}
            </p>
            <p data-testid="item-rating">{view.rating === null ? t('notRated') : `★ ${view.rating}/10`}</p>
          </>
        )}
        {progress && (
          <p data-testid="item-progress">
            {progress.total === undefined
              ? t('progressCount', progress.watched)
              : t('progressOf', [progress.watched, progress.total])}
            {progress.next && ` · ${t('progressNext', shortEpisode(progress.next))}`}
          </p>
        )}
      </div>
    </section>
  );
}
