/**
 * A link menu click (resolve the link, read its text, open the confirm window) as a part of the
 * background of its own (docs/architecture.md, "Loading code on demand"): loaded on the first click;
 * the menu itself and its listener stay in the start-up script (context-menu.ts).
 */
import { browser } from 'wxt/browser';
import { createMenuClickHandler, type MenuClickDeps } from './context-menu-click';
import { readLinkText, type ScriptingApi } from './link-text';

export const contextMenuPart = {
  createMenuClickHandler: (deps: MenuClickDeps) =>
    createMenuClickHandler({
      ...deps,
      linkTextOf: (tabId, frameId, url) =>
        readLinkText(browser.scripting as unknown as ScriptingApi | undefined, tabId, frameId, url),
    }),
};

export type ContextMenuPart = typeof contextMenuPart;
