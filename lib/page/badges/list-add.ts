/**
 * The "+" beside list entries the user does not have: shown on hover or keyboard focus of the
 * entry, it adds the title to a list. Nothing is resolved before the user chooses; then the
 * background resolves the title (`/search/id`) and writes through the outbox, as the control does.
 */

import type { DetectedMedia } from '../../media';
import { LIST_STATUSES, type ListStatus, MOVIE_STATUSES } from '../../media';
import { pageTheme } from '../ui/page-theme';
import { type AddButton, mountAddButton } from './mount-add';

export interface AddTargets {
  /** The entry's title link for an element under the pointer or focus, if it may get a "+". */
  linkFor(target: Element): Element | null;
  mediaOf(link: Element): DetectedMedia | undefined;
  add(link: Element, status: ListStatus): void;
}

export interface ListAdd {
  /** The entry got a badge or went away: its "+" must go. */
  forget(link: Element): void;
  stop(): void;
}

/** Movies take three of the five lists (Simkl's rule); a title of unknown kind is offered all five. */
function statusesFor(media: DetectedMedia | undefined): readonly ListStatus[] {
  return media?.kind === 'movie' ? MOVIE_STATUSES : LIST_STATUSES;
}

export function startListAdd(doc: Document, targets: AddTargets): ListAdd {
  let button: AddButton | null = null;
  let current: Element | null = null;

  function follow(event: Event): void {
    const target = event.target;
    // Our own "+" (the event is retargeted to its host, or seen through it on its path).
    if (!(target instanceof Element) || (button && event.composedPath().includes(button.host))) return;
    const link = targets.linkFor(target);
    if (link) {
      button ??= mountAddButton(doc, (chosen, status) => {
        hide();
        targets.add(chosen, status);
        // The "+" had focus and is gone: focus goes back to the title's link (now with its badge).
        (chosen as HTMLElement).focus?.({ preventScroll: true });
      });
      current = link;
      button.showAt(link, pageTheme(link.parentElement ?? link), statusesFor(targets.mediaOf(link)));
    } else if (!button?.busy() || event.type === 'focusin') hide();
  }

  function hide(): void {
    button?.hide();
    current = null;
  }

  doc.addEventListener('mouseover', follow, { passive: true });
  doc.addEventListener('focusin', follow);
  return {
    forget(link) {
      if (link === current) hide();
    },
    stop() {
      doc.removeEventListener('mouseover', follow);
      doc.removeEventListener('focusin', follow);
      hide();
    },
  };
}
