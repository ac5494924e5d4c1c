/** The in-page control's menu and its confirmation question, as plain DOM (see dom.ts). */

import { t } from '../../i18n';
import type { DetectedMedia } from '../../media';
import type { ItemView } from '../../messaging';
import { statusText } from '../../words/labels';
import { simklPageUrl } from '../../words/links';
import { h, type Props } from '../ui/dom';
import { menuItems, nextMenuIndex } from '../ui/menu-keys';
import { trusted } from '../ui/trusted';
import {
  type ControlAction,
  canMarkWatched,
  isShowPage,
  nextEpisodeToMark,
  RATINGS,
  ratingHeading,
  statusChoices,
  watchedLabel,
} from './actions';
import { matchMenu } from './match-menu';
import { menuItem } from './menu-item';

export interface MenuOptions {
  media: DetectedMedia;
  view: ItemView;
  onPick(action: ControlAction): void;
  /** Escape returns focus to the button; Tab lets it move on. */
  onClose(returnFocus: boolean): void;
  /**
   * An episode or season page's entries (episode-menu.ts), given the menu's own Mark watched entry
   * (false where none applies): they put it in their place or swap it for Unwatch.
   */
  episodes?: (markWatched: HTMLElement | false) => HTMLElement[];
}

/**
 * The five lists (three for a movie), mark watched, ratings 1–10 and clear, remove, and a link
 * to the title on Simkl. `data-k` names each entry so focus survives a re-render. The same entries
 * for every state of a title (control-styles.ts says why).
 */
export function menuView({ media, view, onPick, onClose, episodes }: MenuOptions): HTMLElement {
  const item = (
    action: ControlAction,
    key: string,
    text: string | number,
    props: Props,
    checked?: boolean,
    enabled = true,
  ) => menuItem(key, text, () => onPick(action), props, checked, enabled);
  const onKey = trusted((event: KeyboardEvent) => {
    if (event.key === 'Escape' || event.key === 'Tab') {
      if (event.key === 'Escape') event.preventDefault();
      return onClose(event.key === 'Escape');
    }
    const items = menuItems(menu);
    const index = nextMenuIndex(event.key, items.indexOf(event.target as HTMLElement), items.length);
    if (index === undefined) return;
    event.preventDefault();
    items[index]?.focus();
  });
  const url = simklPageUrl(view.url);
  const markWatched =
    canMarkWatched(media, view) &&
    item({ type: 'watched' }, 'watched', watchedLabel(media), { 'data-action': 'watched' });
  // A show's page: its next episode as the label names it ("Mark S4E3 watched"), disabled without one.
  const next = nextEpisodeToMark(view);
  const markNext =
    isShowPage(media, view) &&
    item(
      { type: 'watched', scope: 'next' },
      'watched-next',
      next ? t('actionMarkNextWatched', next) : t('actionMarkNextEpisode'),
      { 'data-action': 'watched-next' },
      undefined,
      next !== undefined,
    );
  const menu = h(
    'div',
    { role: 'menu', class: 'menu', 'aria-label': t('menuLabel'), onkeydown: onKey },
    h('div', { class: 'label' }, t('listsLabel')),
    ...statusChoices(media, view).map((status) =>
      item(
        { type: 'status', status },
        `s-${status}`,
        statusText(status),
        { 'data-status': status },
        view.status === status,
      ),
    ),
    ...(episodes ? episodes(markWatched) : [markWatched]),
    markNext,
    h('div', { class: 'label' }, ratingHeading(media)),
    h(
      'div',
      { role: 'group', class: 'rates', 'aria-label': ratingHeading(media) },
      ...RATINGS.map((rating) =>
        item(
          { type: 'rate', rating },
          `r-${rating}`,
          rating,
          { 'data-rating': rating, 'aria-label': t('actionRate', rating) },
          view.rating === rating,
        ),
      ),
    ),
    // Shown, disabled, when they do not apply: a menu that grew with a rating would tell the page.
    item(
      { type: 'rate', rating: null },
      'clear',
      t('actionClearRating'),
      { 'data-rating': 'clear' },
      undefined,
      view.rating !== null,
    ),
    item(
      { type: 'remove' },
      'remove',
      t('actionRemove'),
      { 'data-action': 'remove' },
      undefined,
      view.status !== null,
    ),
    // Without a Simkl page to link to, the same entry, disabled: the menu keeps its size.
    h(
      'a',
      {
        role: 'menuitem',
        class: 'item',
        tabindex: -1,
        href: url,
        target: '_blank',
        rel: 'noopener noreferrer',
        'aria-disabled': !url || undefined,
        'data-action': url && 'open',
        'data-k': 'open',
      },
      t('actionOpenOnSimkl'),
    ),
    ...matchMenu(media, view, () => onClose(true)),
  );
  return menu;
}

/** "Change on Simkl: Completed?" when the user asked to confirm writes made from a site page. */
export function confirmView(question: string, onAnswer: (confirmed: boolean) => void): HTMLElement {
  const answer = (yes: boolean, text: string) =>
    h(
      'button',
      {
        type: 'button',
        class: 'item',
        'data-action': yes ? 'confirm' : 'cancel',
        'data-k': yes ? 'confirm' : 'cancel',
        onclick: trusted(() => onAnswer(yes)),
      },
      text,
    );
  return h(
    'div',
    {
      role: 'alertdialog',
      class: 'menu',
      'aria-label': question,
      onkeydown: trusted((event: KeyboardEvent) => event.key === 'Escape' && onAnswer(false)),
    },
    h('p', {}, question),
    h('div', {}, answer(true, t('controlConfirmYes')), answer(false, t('controlConfirmNo'))),
  );
}
