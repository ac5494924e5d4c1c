/**
 * React sites re-render and drop foreign nodes, and their anchors come and go (Netflix's modal).
 * While a page lasts, put the control back after the anchor when it was removed, and dock a
 * floating control once the anchor shows up. Checks are batched to one per `delayMs`.
 */
export interface Placeable {
  host: HTMLElement;
  place(anchor: Element | null): void;
}

const MAX_REPLACEMENTS = 20;

export function keepAttached(
  doc: Document,
  control: Placeable,
  findAnchor: () => Element | null,
  signal: AbortSignal,
  delayMs = 200,
): void {
  let scheduled: ReturnType<typeof setTimeout> | undefined;
  let replacements = 0;
  const check = () => {
    scheduled = undefined;
    if (signal.aborted || replacements >= MAX_REPLACEMENTS) return;
    const floating = control.host.hasAttribute('data-floating');
    if (control.host.isConnected && !floating) return;
    const anchor = findAnchor();
    if (control.host.isConnected && !anchor) return;
    // A site that keeps removing us would otherwise be fought forever.
    replacements++;
    control.place(anchor);
  };
  const observer = new MutationObserver(() => {
    scheduled ??= setTimeout(check, delayMs);
  });
  observer.observe(doc.documentElement, { childList: true, subtree: true });
  signal.addEventListener('abort', () => {
    observer.disconnect();
    clearTimeout(scheduled);
  });
}
