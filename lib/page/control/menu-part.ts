/**
 * The control's menu as a part of its own (docs/architecture.md, Loading code on demand): the lists,
 * the ratings, the questions before a write, the episode entries, "Not this?" and their CSS. The
 * control's script carries the button and its state; this comes when the menu is about to open
 * (menu-loader.ts), from `entrypoints/part-menu.ts`.
 */
import { controlPanels } from './control-panels';
import { MENU_CSS } from './menu-styles';

export const MENU_PART = { panels: controlPanels, css: MENU_CSS };

export type MenuPart = typeof MENU_PART;
