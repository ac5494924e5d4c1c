/** One entry of the control's menu (page-control-menu.ts and its episode and match sections). */
import { h, type Props } from '../ui/dom';
import { trusted } from '../ui/trusted';

/**
 * `key` names it (`data-k`) so focus survives a re-render; only a real click picks it. `checked`
 * makes it a radio entry (a list, a rating). A disabled entry is shown, marked so, where it does not
 * apply: the menu keeps its size (control-styles.ts).
 */
export function menuItem(
  key: string,
  text: string | number,
  onPick: () => unknown,
  props?: Props,
  checked?: boolean,
  enabled = true,
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
