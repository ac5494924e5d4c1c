import { t } from '../../i18n';
import type { ListStatus } from '../../media';
import { statusText } from '../../words/labels';
import { h } from '../ui/dom';
import { menuItems, nextMenuIndex } from '../ui/menu-keys';
import type { PageTheme } from '../ui/page-theme';
import { trusted } from '../ui/trusted';
import { ADD_CSS } from './add-styles';

/** Marks the "+" host, so a restart removes it with the badges. */
export const ADD_ATTRIBUTE = 'data-simkl-add';

export interface AddButton {
  host: HTMLElement;
  /** Puts the "+" after `link`, offering `statuses` (the first is the "+" itself). */
  showAt(link: Element, theme: PageTheme, statuses: readonly ListStatus[]): void;
  hide(): void;
  /** Focus or an open menu is inside: a pointer leaving must not take it away. */
  busy(): boolean;
}

const PLAIN_KEYS = new Set(['Escape', 'Tab']);

/**
 * One "+" for the whole page, in a **closed** shadow root, moved to the entry being hovered or
 * focused: "+" adds to the first list (Plan to Watch), "▾" opens a menu of the lists. It follows
 * the link in the DOM, so Tab goes from a title's link to its "+". Words are drawn from attributes,
 * as in the badges; only trusted (real user) events act.
 */
export function mountAddButton(
  doc: Document,
  choose: (link: Element, status: ListStatus) => void,
): AddButton {
  const host = doc.createElement('span');
  host.setAttribute(ADD_ATTRIBUTE, '');
  const shadow = host.attachShadow({ mode: 'closed' });
  let link: Element | null = null;
  let statuses: readonly ListStatus[] = [];

  const pick = (status: ListStatus) => {
    const target = link;
    close();
    if (target) choose(target, status);
  };
  const plus = h('button', {
    type: 'button',
    class: 'p',
    'data-t': '+',
    onclick: trusted(() => statuses[0] && pick(statuses[0])),
  });
  const menu = h('div', { role: 'menu', hidden: true, 'aria-label': t('menuLabel') });
  const more = h('button', {
    type: 'button',
    class: 'm',
    'data-t': '▾',
    'aria-haspopup': 'menu',
    'aria-expanded': false,
    'aria-label': t('badgeLabel', t('badgeMoreLists')),
    onclick: trusted(() => (menu.hidden ? open() : close())),
  });
  menu.addEventListener(
    'keydown',
    trusted((event: KeyboardEvent) => {
      const items = menuItems(menu);
      const index = nextMenuIndex(
        event.key,
        items.indexOf(shadow.activeElement as HTMLElement),
        items.length,
      );
      if (index !== undefined) {
        event.preventDefault();
        items[index]?.focus();
      } else if (PLAIN_KEYS.has(event.key)) {
        close();
        more.focus();
      }
    }),
  );
  const style = doc.createElement('style');
  style.textContent = ADD_CSS;
  shadow.append(style, plus, more, menu);

  function open(): void {
    menu.replaceChildren(
      ...statuses.map((status) =>
        h('button', {
          type: 'button',
          role: 'menuitem',
          'data-status': status,
          'data-t': statusText(status),
          onclick: trusted(() => pick(status)),
        }),
      ),
    );
    menu.hidden = false;
    more.setAttribute('aria-expanded', 'true');
    menuItems(menu)[0]?.focus();
  }

  function close(): void {
    menu.hidden = true;
    more.setAttribute('aria-expanded', 'false');
  }

  return {
    host,
    showAt(target, theme, offered) {
      if (link !== target) close();
      link = target;
      statuses = offered;
      host.setAttribute('data-theme', theme);
      const first = offered[0];
      if (first) plus.setAttribute('aria-label', t('badgeLabel', t('badgeAddTo', statusText(first))));
      if (host.previousSibling !== target) target.after(host);
    },
    hide() {
      close();
      link = null;
      host.remove();
    },
    busy: () => !menu.hidden || doc.activeElement === host,
  };
}
