import type { ComponentChildren } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import type { DetectedMedia } from '../lib/media';
import type { ItemView } from '../lib/messaging';
import { type ControlAction, canMarkWatched, statusChoices, watchedLabel } from '../lib/page/actions';
import { t } from '../lib/page/i18n';
import { statusText } from '../lib/page/labels';
import { simklPageUrl } from '../lib/page/links';
import { menuItems, nextMenuIndex } from './menu-keys';
import { trusted } from './trusted';

export interface ControlMenuProps {
  media: DetectedMedia;
  view: ItemView;
  onAction(action: ControlAction): void;
  /** Escape returns focus to the button; Tab lets it move on. */
  onClose(returnFocus: boolean): void;
}

interface ItemProps {
  action: ControlAction;
  onAction(action: ControlAction): void;
  checked?: boolean;
  label?: string;
  /** The test and styling hook, such as data-status="completed". */
  data: Record<`data-${string}`, string | number>;
  children: ComponentChildren;
}

/** One menu entry: a radio item when it has a checked state (a list, a rating), else a plain one. */
function Item({ action, onAction, checked, label, data, children }: ItemProps) {
  return (
    <button
      type="button"
      role={checked === undefined ? 'menuitem' : 'menuitemradio'}
      class="item"
      tabIndex={-1}
      aria-checked={checked}
      aria-label={label}
      {...data}
      onClick={trusted(() => onAction(action))}
    >
      {children}
    </button>
  );
}

const RATINGS = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];

export function ControlMenu({ media, view, onAction, onClose }: ControlMenuProps) {
  const menu = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const items = menuItems(menu.current);
    (items.find((item) => item.getAttribute('aria-checked') === 'true') ?? items[0])?.focus();
  }, []);
  const onKeyDown = trusted((event: KeyboardEvent) => {
    if (event.key === 'Escape' || event.key === 'Tab') {
      if (event.key === 'Escape') event.preventDefault();
      return onClose(event.key === 'Escape');
    }
    const items = menuItems(menu.current);
    const index = nextMenuIndex(event.key, items.indexOf(event.target as HTMLElement), items.length);
    if (index === undefined) return;
    event.preventDefault();
    items[index]?.focus();
  });
  const url = simklPageUrl(view.url);
  const item = { onAction };

  return (
    <div ref={menu} role="menu" class="menu" aria-label={t('menuLabel')} onKeyDown={onKeyDown}>
      <div class="label">{t('listsLabel')}</div>
      {statusChoices(media, view).map((status) => (
        <Item
          key={status}
          {...item}
          action={{ type: 'status', status }}
          checked={view.status === status}
          data={{ 'data-status': status }}
        >
          {statusText(status)}
        </Item>
      ))}
      {canMarkWatched(media, view) && (
        <Item {...item} action={{ type: 'watched' }} data={{ 'data-action': 'watched' }}>
          {watchedLabel(media)}
        </Item>
      )}
      <div class="label">{t('ratingLabel')}</div>
      <div role="group" class="rates" aria-label={t('ratingLabel')}>
        {RATINGS.map((rating) => (
          <Item
            key={rating}
            {...item}
            action={{ type: 'rate', rating }}
            checked={view.rating === rating}
            label={t('actionRate', rating)}
            data={{ 'data-rating': rating }}
          >
            {rating}
          </Item>
        ))}
      </div>
      {view.rating !== null && (
        <Item {...item} action={{ type: 'rate', rating: null }} data={{ 'data-rating': 'clear' }}>
          {t('actionClearRating')}
        </Item>
      )}
      {view.status !== null && (
        <Item {...item} action={{ type: 'remove' }} data={{ 'data-action': 'remove' }}>
          {t('actionRemove')}
        </Item>
      )}
      {url && (
        <a
          role="menuitem"
          class="item"
          tabIndex={-1}
          href={url}
          target="_blank"
          rel="noopener noreferrer"
          data-action="open"
        >
          {t('actionOpenOnSimkl')}
        </a>
      )}
    </div>
  );
}
