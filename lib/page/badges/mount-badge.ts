import type { PageTheme } from '../ui/page-theme';
import { BADGE_CSS } from './badge-styles';
import { ADD_ATTRIBUTE } from './mount-add';

/** Marks our badge hosts, so a restart removes every one of them. */
export const BADGE_ATTRIBUTE = 'data-simkl-badge';

export interface MountedBadge {
  host: HTMLElement;
  set(text: string, label: string): void;
  remove(): void;
}

/**
 * One badge after a title link, in a **closed** shadow root: the page's scripts see an empty
 * <span> of a fixed size, never the words (what is on the user's lists is not the site's business).
 * The accessible name sits on an element inside the root, where assistive technology reads it.
 */
export function mountBadge(link: Element, theme: PageTheme): MountedBadge {
  const doc = link.ownerDocument;
  const host = doc.createElement('span');
  host.setAttribute(BADGE_ATTRIBUTE, '');
  host.setAttribute('data-theme', theme);
  const shadow = host.attachShadow({ mode: 'closed' });
  const style = doc.createElement('style');
  style.textContent = BADGE_CSS;
  const badge = doc.createElement('span');
  badge.className = 'b';
  badge.setAttribute('role', 'img');
  shadow.append(style, badge);
  link.after(host);
  return {
    host,
    set(text, label) {
      // Drawn from an attribute, like the control's words (dom.ts): window.find() searches text
      // nodes even in closed roots, generated content it does not.
      if (badge.getAttribute('data-t') !== text) badge.setAttribute('data-t', text);
      if (badge.getAttribute('aria-label') !== label) badge.setAttribute('aria-label', label);
    },
    remove: () => host.remove(),
  };
}

/** Every badge and the "+", ours or a previous run's (an extension update leaves them behind). */
export function removeAllBadges(doc: Document): void {
  for (const stray of doc.querySelectorAll(`[${BADGE_ATTRIBUTE}],[${ADD_ATTRIBUTE}]`)) stray.remove();
}
