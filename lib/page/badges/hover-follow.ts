/**
 * Which title's row the pointer or keyboard focus is on, told to that title's badge: a title the
 * user does not have shows its "+" (add-toolbar.ts), a listed title's badge stays as it is. Both
 * happen inside the badges' closed roots, so a hover changes nothing a page script can see.
 */
import type { MountedBadge } from './mount-badge';

export interface HoverFollow {
  /** The badge went away: it is no longer the hovered one. */
  forget(badge: MountedBadge): void;
  stop(): void;
}

/** `badgeFor` answers the badge of the title whose row holds an element, if it has one. */
export function followHover(doc: Document, badgeFor: (target: Element) => MountedBadge | null): HoverFollow {
  let current: MountedBadge | null = null;

  function follow(event: Event): void {
    const target = event.target;
    const next = target instanceof Element ? badgeFor(target) : null;
    if (next === current) return;
    current?.hover(false);
    current = next;
    current?.hover(true);
  }

  doc.addEventListener('mouseover', follow, { passive: true });
  doc.addEventListener('focusin', follow);
  return {
    forget(badge) {
      if (badge === current) current = null;
    },
    stop() {
      doc.removeEventListener('mouseover', follow);
      doc.removeEventListener('focusin', follow);
      current?.hover(false);
      current = null;
    },
  };
}
