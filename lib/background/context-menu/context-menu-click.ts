/**
 * A click in the link context menu. A page can swap a link's address under the cursor, so a click
 * never writes by itself: the link's URL is parsed by the site adapters and resolved by the same item
 * handlers as the in-page control's messages (mirror first, then the resolver), and what it would
 * write waits as a pending action until the confirm window's Confirm (menu-confirm-handlers.ts).
 */
import type { DetectedMedia } from '../../media';
import type { ItemView, MarkWatchedScope, MenuWrite } from '../../messaging';
import type { Resolver } from '../../resolve/resolver';
import { detectMediaFromUrl } from '../../sites/url-readers';
import { episodeCode } from '../../words/labels';
import type { ItemHandlers } from '../intents/handler-types';
import { MENU_CHOICES, MENU_CONTEXT, type MenuChoice } from './context-menu-items';
import { menuMatchOf } from './menu-match';
import type { PendingMenuActions } from './pending-menu-actions';

export interface MenuClickDeps {
  handlers: Pick<ItemHandlers, 'status' | 'setStatus' | 'markWatched'>;
  resolver: Pick<Resolver, 'resolve'>;
  pending: PendingMenuActions;
  /** Opens the confirm window for one pending action. */
  openConfirm(id: string): Promise<unknown>;
  /** Opens a simkl.com page beside the tab the click came from. */
  openTab(url: string, besideTabId?: number): Promise<unknown>;
  /** The clicked link's text read from its frame, where the browser's click does not tell it (link-text.ts). */
  linkTextOf?(tabId: number, frameId: number, url: string): Promise<string | undefined>;
}

export interface MenuClick {
  menuItemId: string | number;
  linkUrl?: string;
  /** Firefox's menus API gives the link's text; Chrome's contextMenus does not (linkTextOf reads it). */
  linkText?: string;
  /** The frame the link is in (0: the tab's top frame). */
  frameId?: number;
}

const MAX_LINK_TEXT = 300;

/** A movie is marked itself, an episode link that episode, a show or an anime its next episode. */
function watchedScope(media: DetectedMedia, type: string | undefined): MarkWatchedScope {
  if (type === 'movie') return 'item';
  return media.kind === 'episode' ? 'episode' : 'next';
}

function writeOf(choice: MenuChoice, media: DetectedMedia, view: ItemView): MenuWrite | null {
  if (choice.action === 'status') return { kind: 'status', status: choice.status };
  if (choice.action !== 'watched') return null;
  const scope = watchedScope(media, view.type);
  const episode = scope === 'episode' ? episodeCode(media) : (view.progress?.next ?? undefined);
  return scope === 'item' || !episode ? { kind: 'watched', scope } : { kind: 'watched', scope, episode };
}

export type MenuClickHandler = (info: MenuClick, tabId?: number) => Promise<void>;

export function createMenuClickHandler(deps: MenuClickDeps): MenuClickHandler {
  const { handlers } = deps;
  return async (info: MenuClick, tabId?: number): Promise<void> => {
    const choice = MENU_CHOICES.find((entry) => entry.id === info.menuItemId);
    const media = info.linkUrl ? detectMediaFromUrl(info.linkUrl) : null;
    if (!choice || !media || !info.linkUrl) return;
    // Read before any lookup: the sooner after the click, the less time a page has to change its links.
    const reading =
      choice.action === 'open' || info.linkText !== undefined || tabId === undefined
        ? info.linkText
        : deps.linkTextOf?.(tabId, info.frameId ?? 0, info.linkUrl);
    const linkText = Promise.resolve(reading).catch(() => undefined);
    const status = () => handlers.status({ media }, MENU_CONTEXT);
    const view = await status();
    if (choice.action === 'open') {
      if (view.url) await deps.openTab(view.url, tabId);
      return;
    }
    // Signed out the items are disabled; a click that raced the sign-out has nothing to confirm.
    const write = view.signedIn ? writeOf(choice, media, view) : null;
    if (!write) return;
    const text = (await linkText)?.trim().slice(0, MAX_LINK_TEXT);
    const id = await deps.pending.put({
      write,
      media,
      link: text ? { url: info.linkUrl, text } : { url: info.linkUrl },
      match: await menuMatchOf(view, media, deps.resolver, status),
      listed: view.status,
    });
    await deps.openConfirm(id);
  };
}
