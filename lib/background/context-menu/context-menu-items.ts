/** What the link context menu offers: Simkl ▸ three lists, Mark watched, Open on Simkl. */
import { type MessageKey, t } from '../../i18n';
import type { ListStatus } from '../../media';
import type { HandlerContext } from '../intents/handler-types';

export type MenuChoice =
  | { id: string; label: MessageKey; action: 'status'; status: ListStatus }
  | { id: string; label: MessageKey; action: 'watched' | 'open' };

export const MENU_PARENT_ID = 'simkl';

// The browser's own menu, not a page: like a content script's message, it asks for no calendar.
export const MENU_CONTEXT: HandlerContext = { from: 'content' };

export const MENU_CHOICES: readonly MenuChoice[] = [
  { id: 'simkl-plantowatch', label: 'status_plantowatch', action: 'status', status: 'plantowatch' },
  { id: 'simkl-watching', label: 'status_watching', action: 'status', status: 'watching' },
  { id: 'simkl-completed', label: 'status_completed', action: 'status', status: 'completed' },
  { id: 'simkl-watched', label: 'menuMarkWatched', action: 'watched' },
  { id: 'simkl-open', label: 'actionOpenOnSimkl', action: 'open' },
];

const LINKS: ['link'] = ['link'];

/** The menus.create calls, parent first; `enabled` follows the sign-in. */
export function menuEntries(targetUrlPatterns: string[], enabled: boolean) {
  const parent = {
    id: MENU_PARENT_ID,
    title: t('extName'),
    contexts: LINKS,
    targetUrlPatterns,
  };
  const children = MENU_CHOICES.map((choice) => ({
    id: choice.id,
    parentId: MENU_PARENT_ID,
    title: t(choice.label),
    contexts: LINKS,
    targetUrlPatterns,
    enabled,
  }));
  return [parent, ...children];
}
