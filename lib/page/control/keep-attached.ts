/**
 * React sites re-render and drop foreign nodes, and their anchors come and go (Netflix's modal).
 * While a page lasts, put the control back after the anchor when it was removed, and dock a
 * floating control once the anchor shows up. Checks are batched to one per `delayMs`. While the page is
 * in full screen, the control goes into the full-screen element when its anchor is outside it.
 */
export interface Placeable {
  host: HTMLElement;
  place(anchor: Element | null): void;
}

const MAX_REPLACEMENTS = 20;

export interface KeepAttachedOptions {
  delayMs?: number;
  /**
   * Whether the page is still the one the control was made for. After a pushState the runner may
   * not know yet (without the Navigation API it polls), while the site already shows the next
   * title: putting the control back then would show the old title's state beside the new one.
   */
  isCurrent?: () => boolean;
}

export function keepAttached(
  doc: Document,
  control: Placeable,
  findAnchor: () => Element | null,
  signal: AbortSignal,
  { delayMs = 200, isCurrent = () => true }: KeepAttachedOptions = {},
): void {
  let scheduled: ReturnType<typeof setTimeout> | undefined;
  let replacements = 0;
  const check = () => {
    scheduled = undefined;
    if (signal.aborted || replacements >= MAX_REPLACEMENTS) return;
    const floating = control.host.hasAttribute('data-floating');
    if (control.host.isConnected && !floating) return;
    if (!isCurrent()) {
      // Look again later: the runner either replaces this page or adopts the new URL.
      scheduled = setTimeout(check, delayMs);
      return;
    }
    const anchor = findAnchor();
    // In full screen an anchor outside the full-screen element is hidden: as good as none (mount-control.ts).
    const shown = anchor && doc.fullscreenElement?.contains(anchor) !== false ? anchor : null;
    if (control.host.isConnected && !shown) return;
    // A site that keeps removing us would otherwise be fought forever.
    replacements++;
    control.place(shown);
  };
  // Into the player when it goes full screen, and back beside the title after.
  doc.addEventListener('fullscreenchange', () => isCurrent() && control.place(findAnchor()), { signal });
  const observer = new MutationObserver(() => {
    scheduled ??= setTimeout(check, delayMs);
  });
  observer.observe(doc.documentElement, { childList: true, subtree: true });
  signal.addEventListener('abort', () => {
    observer.disconnect();
    clearTimeout(scheduled);
  });
}
