/**
 * The control's menu comes on demand (docs/architecture.md, Loading code on demand): asked for ahead
 * of need (the pointer over the button, focus on it, the browser idle once the control shows the
 * title's state), so the first click finds it here in practice. A click before it arrived opens the
 * menu once, when it arrives; a failure (the worker could not put it into the page) is a state the
 * control shows, and the next click asks again.
 */
import { loadedPart, loadPart } from '../parts/load-part';
import type { MenuPart } from './menu-part';

export interface MenuLoader {
  /** The menu's part, once here. */
  readonly part: MenuPart | undefined;
  /** The user asked for the menu before it arrived. */
  readonly waiting: boolean;
  /** The last ask for the menu failed (cleared by the next). */
  readonly failed: boolean;
  /** Asks for it ahead of need: nothing more when it is here or on its way. */
  prefetch(): void;
  /** The menu is wanted: `show` runs now when it is here, else once when it arrives. */
  open(): void;
  /** The menu is no longer wanted (the title changed, the user closed what was asked). */
  cancel(): void;
}

export function createMenuLoader(
  /** Adds the menu's CSS to the control's shadow root. */
  addStyle: (css: string) => void,
  show: () => void,
  changed: () => void,
): MenuLoader {
  let part: MenuPart | undefined;
  let waiting = false;
  let failed = false;
  const arrived = (menu: MenuPart) => {
    if (!part) addStyle(menu.css);
    part = menu;
    if (!waiting) return;
    waiting = false;
    show();
  };
  const ask = () =>
    loadPart<MenuPart>('menu').then(arrived, () => {
      if (!waiting) return;
      waiting = false;
      failed = true;
      changed();
    });
  // Another control of this script (an earlier page of the site) already brought it.
  const here = loadedPart<MenuPart>('menu');
  if (here) arrived(here);
  return {
    get part() {
      return part;
    },
    get waiting() {
      return waiting;
    },
    get failed() {
      return failed;
    },
    prefetch() {
      if (!part) void ask();
    },
    open() {
      failed = false;
      if (part) return show();
      waiting = true;
      changed();
      void ask();
    },
    cancel() {
      waiting = false;
    },
  };
}
