/**
 * A badge's inner tree, built once per document and cloned for every badge: a clone is several
 * times cheaper than 250 trees built element by element (bench/badges.bench.ts). It holds both
 * faces, hidden until one is shown: the state of a listed title, and the "+" of one the user does
 * not have (add-toolbar.ts gives the "+" its behaviour).
 */
import { t } from '../../i18n';
import type { ListStatus } from '../../media';
import { statusText } from '../../words/labels';
import { h } from '../ui/dom';

const templates = new Map<ListStatus, HTMLElement>();

function build(first: ListStatus): HTMLElement {
  return h(
    'span',
    { class: 'w' },
    h('span', { class: 'b', role: 'img', tabindex: 0, hidden: true }),
    h(
      'span',
      { class: 'a', role: 'toolbar', 'aria-label': t('menuLabel'), hidden: true },
      h('button', {
        type: 'button',
        class: 'p',
        'data-t': '+',
        'aria-label': t('badgeLabel', t('badgeAddTo', statusText(first))),
      }),
      h('button', {
        type: 'button',
        class: 'm',
        tabindex: -1,
        'data-t': '▾',
        'aria-haspopup': 'menu',
        'aria-expanded': false,
        'aria-label': t('badgeLabel', t('badgeMoreLists')),
      }),
      h('div', { role: 'menu', hidden: true, 'aria-label': t('menuLabel') }),
    ),
  );
}

/** A fresh copy of the tree whose "+" adds to `first`. */
export function badgeTree(first: ListStatus): HTMLElement {
  let template = templates.get(first);
  if (!template) {
    template = build(first);
    templates.set(first, template);
  }
  return template.cloneNode(true) as HTMLElement;
}
