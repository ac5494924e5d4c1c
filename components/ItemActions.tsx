import { t } from '../lib/i18n';
import type { DetectedMedia } from '../lib/media';
import type { ItemView } from '../lib/messaging';
import { type ControlAction, RATINGS, statusChoices } from '../lib/page/control/actions';
import { statusText } from '../lib/words/labels';
import { simklPageUrl } from '../lib/words/links';
import { RemoveAction } from './RemoveAction';
import { WatchedActions } from './WatchedActions';

export interface ItemActionsProps {
  media: DetectedMedia;
  view: ItemView;
  busy: boolean;
  /** The tab plays the title (Netflix's player). */
  canCheckIn?: boolean;
  onAction(action: ControlAction): void;
}

/** The popup's controls for one title: the same actions as the in-page menu, laid out flat. */
export function ItemActions({ media, view, busy, canCheckIn = false, onAction }: ItemActionsProps) {
  const url = simklPageUrl(view.url);
  return (
    <div class="actions" aria-busy={busy}>
      <WatchedActions media={media} view={view} canCheckIn={canCheckIn} onAction={onAction} />
      <fieldset>
        <legend>{t('listsLabel')}</legend>
        <div class="chips">
          {statusChoices(media, view).map((status) => (
            <button
              key={status}
              type="button"
              aria-pressed={view.status === status}
              data-status={status}
              onClick={() => onAction({ type: 'status', status })}
            >
              {statusText(status)}
            </button>
          ))}
        </div>
      </fieldset>
      <fieldset>
        <legend>{t('ratingLabel')}</legend>
        <div class="chips rates">
          {RATINGS.map((rating) => (
            <button
              key={rating}
              type="button"
              aria-pressed={view.rating === rating}
              aria-label={t('actionRate', rating)}
              data-rating={rating}
              onClick={() => onAction({ type: 'rate', rating })}
            >
              {rating}
            </button>
          ))}
        </div>
        {view.rating !== null && (
          <button
            type="button"
            class="link"
            data-rating="clear"
            onClick={() => onAction({ type: 'rate', rating: null })}
          >
            {t('actionClearRating')}
          </button>
        )}
      </fieldset>
      <div class="row">
        {view.status !== null && <RemoveAction onRemove={() => onAction({ type: 'remove' })} />}
        {url && (
          <a href={url} target="_blank" rel="noopener noreferrer" data-action="open">
            {t('actionOpenOnSimkl')}
          </a>
        )}
      </div>
    </div>
  );
}
