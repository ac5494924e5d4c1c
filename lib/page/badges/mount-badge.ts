import type { ListStatus } from '../../media';
import type { PageTheme } from '../ui/page-theme';
import { wireAddToolbar } from './add-toolbar';
import { badgeTree } from './badge-template';
import { adoptBadgeStyles } from './shared-styles';

/** Marks our badge hosts, so a restart removes every one of them. */
export const BADGE_ATTRIBUTE = 'data-simkl-badge';
/** The "+" host of earlier versions, which an extension update may leave behind. */
const EARLIER_ADD_ATTRIBUTE = 'data-simkl-add';

/** What a listed title's badge shows; null for a title the user does not have (the "+" instead). */
export interface BadgeView {
  /** "✓ 8", "▸ 5/12"… */
  text: string;
  /** "Simkl: Completed, rated 8". */
  label: string;
  /** A completed title while "dim completed" is on. */
  dimmed: boolean;
}

export interface MountedBadge {
  /** Not yet in the page: the caller inserts every host of a list at once. */
  host: HTMLElement;
  /** `failed`: why the last "+" did not land, said by the "+" itself (a "!" with the words). */
  show(view: BadgeView | null, failed?: string): void;
  /** Dark or light, as the page around the title is. */
  setTheme(theme: PageTheme): void;
  /** The pointer or focus is on the title's row: a title the user does not have shows its "+". */
  hover(on: boolean): void;
  remove(): void;
}

export interface BadgeOptions {
  /** The lists the "+" offers, the first being the "+" itself. */
  statuses: readonly ListStatus[];
  add(status: ListStatus): void;
}

/**
 * One title's badge, in a **closed** shadow root. Every title of a list gets one, on the user's
 * lists or not: the page sees the same empty <span>, with the same attributes, box and style, and
 * one tab stop, whatever it holds (docs/architecture.md, List badges). Words are drawn from
 * attributes (dom.ts says why); the accessible name sits inside, where assistive technology reads it.
 */
export function createBadge(doc: Document, options: BadgeOptions): MountedBadge {
  const host = doc.createElement('span');
  host.setAttribute(BADGE_ATTRIBUTE, '');
  const root = host.attachShadow({ mode: 'closed' });
  adoptBadgeStyles(root, doc);
  const wrapper = badgeTree(options.statuses[0] ?? 'plantowatch');
  const badge = wrapper.firstElementChild as HTMLElement;
  const toolbar = wrapper.lastElementChild as HTMLElement;
  root.append(wrapper);
  let wired = false;

  const plus = toolbar.firstElementChild as HTMLElement;
  const addLabel = plus.getAttribute('aria-label') ?? '';

  function showAdd(failed?: string): void {
    plus.setAttribute('data-t', failed ? '!' : '+');
    plus.setAttribute('aria-label', failed ?? addLabel);
    // Its listeners only once a title shows its "+": most badges of a list never do.
    if (!wired) {
      wireAddToolbar(root, toolbar, options.statuses, options.add, (open) =>
        wrapper.classList.toggle('o', open),
      );
      wired = true;
    }
    toolbar.hidden = false;
    badge.hidden = true;
  }

  return {
    host,
    show(view, failed) {
      if (!view) return showAdd(failed);
      const focused = toolbar.contains(root.activeElement);
      if (badge.getAttribute('data-t') !== view.text) badge.setAttribute('data-t', view.text);
      // Longer numbers in smaller type, so that "▸ 42/153" is whole in the box (badge-styles.ts).
      badge.classList.toggle('n', view.text.length === 8);
      badge.classList.toggle('x', view.text.length > 8);
      if (badge.getAttribute('aria-label') !== view.label) badge.setAttribute('aria-label', view.label);
      wrapper.classList.toggle('d', view.dimmed);
      badge.hidden = false;
      toolbar.hidden = true;
      // The "+" that had focus is gone: focus stays on this title's badge, which now says what was chosen.
      if (focused) badge.focus({ preventScroll: true });
    },
    setTheme: (theme) => wrapper.classList.toggle('k', theme === 'dark'),
    hover: (on) => wrapper.classList.toggle('h', on),
    remove: () => host.remove(),
  };
}

/** Every badge, ours or a previous run's (an extension update leaves them behind). */
export function removeAllBadges(doc: Document): void {
  for (const stray of doc.querySelectorAll(`[${BADGE_ATTRIBUTE}],[${EARLIER_ADD_ATTRIBUTE}]`)) stray.remove();
}
