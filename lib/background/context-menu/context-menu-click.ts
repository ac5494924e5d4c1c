/**
 * A click in the link context menu: the link's URL is parsed by the site adapters, then the same
 * item handlers as the in-page control's messages resolve it (mirror first, then the resolver) and
 * write through the outbox, so a click is stored before it is sent and never sent twice.
 */
import type { DetectedMedia } from '../../media';
import type { MarkWatchedScope } from '../../messaging';
import { detectMediaFromUrl } from '../../sites/url-readers';
import type { HandlerContext, ItemHandlers } from '../intents/handler-types';
import { MENU_CHOICES } from './context-menu-items';

export interface MenuClickDeps {
  handlers: Pick<ItemHandlers, 'status' | 'setStatus' | 'markWatched'>;
  /** Opens a simkl.com page beside the tab the click came from. */
  openTab(url: string, besideTabId?: number): Promise<unknown>;
}

export interface MenuClick {
  menuItemId: string | number;
  linkUrl?: string;
}

// The browser's own menu, not a page: like a content script's message, it asks for no calendar.
const MENU_CONTEXT: HandlerContext = { from: 'content' };

/** A movie is marked itself, an episode link that episode, a show or an anime its next episode. */
function watchedScope(media: DetectedMedia, type: string | undefined): MarkWatchedScope {
  if (type === 'movie') return 'item';
  return media.kind === 'episode' ? 'episode' : 'next';
}

export function createMenuClickHandler({ handlers, openTab }: MenuClickDeps) {
  return async (info: MenuClick, tabId?: number): Promise<void> => {
    const choice = MENU_CHOICES.find((entry) => entry.id === info.menuItemId);
    const media = info.linkUrl ? detectMediaFromUrl(info.linkUrl) : null;
    if (!choice || !media) return;
    if (choice.action === 'status') {
      await handlers.setStatus({ media, status: choice.status }, MENU_CONTEXT);
      return;
    }
    const view = await handlers.status({ media }, MENU_CONTEXT);
    if (choice.action === 'watched') {
      await handlers.markWatched({ media, scope: watchedScope(media, view.type) }, MENU_CONTEXT);
    } else if (view.url) {
      await openTab(view.url, tabId);
    }
  };
}
