/**
 * Where the control's menu and its questions open: in the browser's top layer (a manual popover),
 * so no clipping ancestor of the page (TMDB's hero, Netflix's title modal) and no stacking context
 * can cut or cover them, placed beside the button where they fit: below it, else above it when
 * there is more room there, moved left to stay on screen, and scrolling inside when the viewport is
 * shorter. A browser without popovers keeps the plain position under the button (control-styles.ts).
 */
export function placeBeside(panel: HTMLElement, anchor: Element): void {
  if (!('showPopover' in panel)) return;
  panel.popover = 'manual';
  if (!panel.matches(':popover-open')) panel.showPopover();
  const { innerWidth, innerHeight } = window;
  const button = anchor.getBoundingClientRect();
  const size = panel.getBoundingClientRect();
  // 4 px from the button, 8 px from the viewport's edges.
  const below = innerHeight - button.bottom - 12;
  const above = button.top - 12;
  const down = size.height <= below || below >= above;
  const room = Math.max(0, down ? below : above);
  const top = down ? button.bottom + 4 : button.top - 4 - Math.min(size.height, room);
  const left = Math.max(8, Math.min(button.left, innerWidth - size.width - 8));
  // Inline: undoes the top layer's own rules (inset 0, margin auto) and the floating control's.
  panel.style.cssText = `position:fixed;inset:auto;margin:0;top:${top}px;left:${left}px;max-height:${room}px;overflow:auto`;
}

/**
 * The notes under the button (a match, an error, the player's question) open upwards when the window
 * has no room for them below: a player's controls sit at the window's bottom edge, where the
 * question would be drawn off screen. No notes, no layout read.
 */
export function notesWhereTheyFit(notes: HTMLElement | null, button: Element): void {
  if (notes?.firstChild)
    notes.toggleAttribute(
      'data-up',
      button.getBoundingClientRect().bottom + notes.offsetHeight + 8 > innerHeight,
    );
}

/**
 * The open menu or question beside the button, and the notes under it, where they fit; again as the
 * page scrolls or the window resizes, followed only while a panel is open (no work on the page's
 * scroll otherwise).
 */
export function followPanels(box: HTMLElement, button: HTMLElement, view: Window | null) {
  const place = () => {
    for (const panel of box.querySelectorAll<HTMLElement>('.menu')) placeBeside(panel, button);
    notesWhereTheyFit(box.querySelector<HTMLElement>('.notes'), button);
  };
  let following = false;
  const follow = (on: boolean) => {
    if (on === following || !view) return;
    following = on;
    const method = on ? 'addEventListener' : 'removeEventListener';
    view[method]('scroll', place, { capture: true, passive: true });
    view[method]('resize', place);
  };
  return {
    place() {
      place();
      follow(box.querySelector('.menu') !== null);
    },
    stop: () => follow(false),
  };
}
