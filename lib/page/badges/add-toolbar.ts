import type { ListStatus } from '../../media';
import { statusText } from '../../words/labels';
import { h } from '../ui/dom';
import { menuItems, nextMenuIndex } from '../ui/menu-keys';
import { isShownToUser } from '../ui/trusted';

const PLAIN_KEYS = new Set(['Escape', 'Tab']);

/**
 * Gives a badge's "+" (badge-template.ts) its behaviour: "+" adds to the first list (Plan to
 * Watch), "▾" opens a menu of the lists. One tab stop, as a listed title's badge has (arrow keys
 * move between "+" and "▾", the WAI-ARIA toolbar pattern), so focus moving through a list tells a
 * page script nothing either. Only trusted events on what the user can see act (ui/trusted.ts).
 */
export function wireAddToolbar(
  root: ShadowRoot,
  toolbar: HTMLElement,
  statuses: readonly ListStatus[],
  choose: (status: ListStatus) => void,
  /** The menu opened or closed: while open, the "+" stays shown when the pointer leaves the row. */
  onMenu: (open: boolean) => void,
): void {
  const [plus, more, menu] = toolbar.children as unknown as [HTMLElement, HTMLElement, HTMLElement];
  const pick = (status: ListStatus) => {
    close();
    choose(status);
  };

  toolbar.addEventListener('click', (event) => {
    const button = event.target instanceof Element ? event.target.closest('button') : null;
    if (!event.isTrusted || !button || !isShownToUser(button)) return;
    const status = button.getAttribute('data-status') as ListStatus | null;
    if (button === plus && statuses[0]) pick(statuses[0]);
    else if (button === more) menu.hidden ? open() : close();
    else if (status) pick(status);
  });
  toolbar.addEventListener('keydown', (event) => {
    if (!event.isTrusted) return;
    const inMenu = menu.contains(root.activeElement);
    const items = inMenu ? menuItems(menu) : [plus, more];
    const index = nextMenuIndex(event.key, items.indexOf(root.activeElement as HTMLElement), items.length);
    if (index !== undefined && (inMenu || event.key === 'ArrowLeft' || event.key === 'ArrowRight')) {
      event.preventDefault();
      items[index]?.focus();
    } else if (inMenu && PLAIN_KEYS.has(event.key)) {
      close();
      more.focus();
    }
  });
  // Focus went elsewhere (a click on the page, Tab past the menu): the menu closes, as menus do.
  toolbar.addEventListener('focusout', (event) => {
    const next = event.relatedTarget;
    if (!menu.hidden && !(next instanceof Node && toolbar.contains(next))) close();
  });

  function open(): void {
    menu.replaceChildren(
      ...statuses.map((status) =>
        h('button', {
          type: 'button',
          role: 'menuitem',
          'data-status': status,
          'data-t': statusText(status),
        }),
      ),
    );
    menu.hidden = false;
    more.setAttribute('aria-expanded', 'true');
    onMenu(true);
    menuItems(menu)[0]?.focus();
  }

  function close(): void {
    menu.hidden = true;
    more.setAttribute('aria-expanded', 'false');
    onMenu(false);
  }
}
