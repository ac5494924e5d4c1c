/**
 * The control menu's match section (docs/architecture.md, The right match): "Matched as …", "Not this?" (the
 * search opens in the extension's own window: a search panel would not fit the content scripts' budget) and
 * "Undo match", shown disabled when the match is Simkl's own (the menu keeps one size).
 */
import { t } from '../../i18n';
import type { DetectedMedia } from '../../media';
import { type ItemView, sendIntent } from '../../messaging';
import { matchedAsText } from '../../words/match-text';
import { h } from '../ui/dom';
import { menuItem } from './menu-item';

export function matchMenu(media: DetectedMedia, view: ItemView, close: () => void): HTMLElement[] {
  const entry = (key: string, text: string, act: () => unknown, enabled = true) =>
    menuItem(
      key,
      text,
      () => {
        close();
        void act();
      },
      { 'data-action': key },
      undefined,
      enabled,
    );
  return [
    h('div', { class: 'label', 'data-matched': '' }, matchedAsText(view)),
    entry('not-this', view.known ? t('matchNotThis') : t('matchFind'), () =>
      sendIntent('openMatchSearch', { media }),
    ),
    entry('undo-match', t('matchUndo'), () => sendIntent('clearMatch', { media }), view.overridden === true),
  ];
}
