/**
 * Calls `reread` whenever the page's look may have changed under the control. The control is placed
 * at document_start, as soon as its anchor is parsed, often before the site's stylesheets arrive: its
 * first reading of the page (page-theme.ts) then sees the browser's white, and a dark site would keep
 * a light control. So it reads again when a stylesheet (<link> or <style>) finishes loading, when the
 * window's load ends (styles a site's scripts insert by then), and when the root's or the body's own
 * attributes change (a site's dark mode switch). Only events, no polling: nothing runs while the page
 * stays as it is.
 */
export function followPageTheme(doc: Document, reread: () => void, signal: AbortSignal): void {
  // Load events do not bubble: caught on their way down to the stylesheet's element.
  const onLoad = (event: Event) => /^(link|style)$/.test((event.target as Element).localName) && reread();
  doc.addEventListener('load', onLoad, { capture: true, signal });
  doc.defaultView?.addEventListener('load', reread, { signal });
  const observer = new MutationObserver(reread);
  for (const element of [doc.documentElement, doc.body])
    if (element) observer.observe(element, { attributes: true });
  signal.addEventListener('abort', () => observer.disconnect());
}
