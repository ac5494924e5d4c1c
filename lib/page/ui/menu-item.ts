/** One entry of the control's menu (page-control-menu.ts and its episode and match sections). */
import { h, type Props } from './dom';
import { trusted } from './trusted';

export interface MenuItemOptions {
  /** Shown, marked disabled, when it does not apply: the menu keeps its size (control-styles.ts). */
  enabled?: boolean;
  /** A radio entry (a list, a rating): whether it is the current one. */
  checked?: boolean;
  props?: Props;
}

/** `key` names it (`data-k`) so focus survives a re-render; only a real click picks it. */
export function menuItem(
  key: string,
  text: string | number,
  onPick: () => unknown,
  { enabled = true, checked, props }: MenuItemOptions = {},
): HTMLElement {
  return h(
    'button',
    {
      type: 'button',
      role: checked === undefined ? 'menuitem' : 'menuitemradio',
      class: 'item',
      tabindex: -1,
      'aria-checked': checked,
      'aria-disabled': !enabled || undefined,
      'data-k': key,
      onclick: trusted(() => enabled && onPick()),
      ...props,
    },
    text,
  );
}
