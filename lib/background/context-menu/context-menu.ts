/**
 * The link context menu's life: created on install and whenever a woken worker finds it missing
 * (Firefox's event page may come back without it), enabled only while signed in, and one click
 * listener registered synchronously, so a click that wakes the worker is heard. A click only opens the
 * confirm window; Confirm there writes (docs/architecture.md, Menus, commands and the badge).
 */
import { browser } from 'wxt/browser';
import { titleLinkPatterns } from '../../sites/title-links';
import { SITE_URL_READERS } from '../../sites/url-readers';
import type { MenuClickDeps, MenuClickHandler } from './context-menu-click';
import { MENU_CHOICES, menuEntries } from './context-menu-items';

type Menus = typeof browser.contextMenus;

export interface ContextMenuDeps extends MenuClickDeps {
  menus: Pick<Menus, 'create' | 'update' | 'removeAll' | 'onClicked'>;
  onInstalled: Pick<typeof browser.runtime.onInstalled, 'addListener'>;
  isSignedIn(): Promise<boolean>;
  /** Calls back with the new state on every sign-in and sign-out. */
  onSignedInChange(listener: (signedIn: boolean) => void): void;
  /**
   * What a click does, made on the click: a part of the background loaded on demand
   * (context-menu-part.ts), since the menu is used far less often than the worker wakes.
   */
  clickHandler(deps: MenuClickDeps): Promise<MenuClickHandler>;
}

export function startContextMenu(deps: ContextMenuDeps): { settled(): Promise<void> } {
  const { menus } = deps;
  const patterns = titleLinkPatterns(SITE_URL_READERS);
  // One change at a time: a re-creation must not interleave with an update.
  let queue: Promise<void> = Promise.resolve();
  const serially = (task: () => Promise<void>) => {
    queue = queue.then(task).catch(() => undefined);
  };

  const create = async (enabled: boolean) => {
    await menus.removeAll();
    for (const entry of menuEntries(patterns, enabled)) {
      // The callback reads lastError so a duplicate id (two workers racing) is not an uncaught error.
      menus.create(entry, () => void browser.runtime.lastError);
    }
  };
  const setEnabled = async (enabled: boolean) => {
    try {
      for (const choice of MENU_CHOICES) await menus.update(choice.id, { enabled });
    } catch {
      await create(enabled);
    }
  };

  menus.onClicked.addListener((info, tab) => {
    // A click that cannot even be resolved (the worker's databases gone, its part not loaded) has no
    // window to say so in.
    void deps
      .clickHandler(deps)
      .then((onClick) => onClick(info, tab?.id))
      .catch(() => undefined);
  });
  deps.onInstalled.addListener(() => serially(async () => create(await deps.isSignedIn())));
  deps.onSignedInChange((signedIn) => serially(() => setEnabled(signedIn)));
  serially(async () => setEnabled(await deps.isSignedIn()));
  return { settled: () => queue };
}
