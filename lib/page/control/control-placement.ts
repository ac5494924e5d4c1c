/**
 * Where the control's host goes: right after its anchor, or floating at the bottom right when there is
 * none. In full screen the page shows the full-screen element alone (a player): the control and its
 * questions go inside it, floating, when their anchor is outside it (keep-attached.ts follows).
 */
export function placeHost(doc: Document, host: HTMLElement, where: Element | null): void {
  const full = doc.fullscreenElement;
  const docked = where && (!full || full.contains(where)) ? where : null;
  if (docked) docked.after(host);
  else (full ?? doc.body ?? doc.documentElement).append(host);
  host.toggleAttribute('data-floating', !docked);
}
