/**
 * The control's menu as a part of its own (docs/architecture.md, Loading code on demand): the lists,
 * the ratings, the removal's question, the episode entries, "Not this?" and their CSS. The control's
 * script carries the button and its state; this comes when the menu is about to open
 * (menu-loader.ts), from `entrypoints/part-menu.ts`.
 */
import { t } from '../../i18n';
import type { DetectedMedia } from '../../media';
import { actionLabel, type ControlAction } from './actions';
import { episodeMenuItems } from './episode-menu';
import { MENU_CSS } from './menu-styles';
import { confirmView, menuView } from './page-control-menu';

/** What the control asks before a write: the change, or for a removal what it also deletes. */
function confirmQuestion(action: ControlAction, media: DetectedMedia): string {
  return action.type === 'remove' ? t('confirmRemove') : t('controlConfirm', actionLabel(action, media));
}

export const MENU_PART = { menuView, confirmView, confirmQuestion, episodeMenuItems, css: MENU_CSS };

export type MenuPart = typeof MENU_PART;
