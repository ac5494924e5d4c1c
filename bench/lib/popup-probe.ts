/**
 * What the popup benches note in the page, installed before its scripts (page.addInitScript): ms from
 * the page's navigation start (performance.now()). Source text, not a function: tsx would carry its
 * helpers into the page (see mount-probe.ts).
 *
 * "Shown" is when the browser painted the title and its list, not when they entered the DOM: a
 * MutationObserver notes the DOM moment and marks each of the two elements for Element Timing as it
 * comes (the attribute is read when the element is painted, after the observer's microtask), whose
 * `renderTime` is the frame that put it on screen. The later of the two paints counts.
 */
export interface PopupRecord {
  /** The title and its list both in the DOM with text. */
  inDom: number | null;
  /** ...and painted (Element Timing's renderTime of the later of the two). */
  firstRender: number | null;
  status: string | null;
  /** The popup's frame (header, tabs) in the DOM: the first render of our code. */
  shell: number | null;
  poster: number | null;
}

export const POPUP_PROBE = `(() => {
  const record = { inDom: null, firstRender: null, status: null, shell: null, poster: null };
  window.__popupRender = record;
  const painted = new Map();
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      if (!entry.identifier.startsWith('bench-')) continue;
      painted.set(entry.identifier, entry.renderTime || entry.loadTime);
      if (record.firstRender === null && painted.has('bench-title') && painted.has('bench-status'))
        record.firstRender = Math.max(painted.get('bench-title'), painted.get('bench-status'));
    }
  }).observe({ type: 'element', buffered: true });
  const look = () => {
    const now = performance.now();
    const title = document.querySelector('[data-testid="item-title"]');
    const status = document.querySelector('[data-testid="item-status"]');
    // Each marked as it comes (were one painted before the other came, it would be painted unmarked).
    if (title && !title.hasAttribute('elementtiming')) title.setAttribute('elementtiming', 'bench-title');
    if (status && !status.hasAttribute('elementtiming')) status.setAttribute('elementtiming', 'bench-status');
    if (record.inDom === null && title?.textContent && status?.textContent) {
      record.inDom = now;
      record.status = status.textContent.trim();
    }
    if (record.poster === null && document.querySelector('img.poster')) record.poster = now;
    if (record.shell === null && document.querySelector('.popup')) record.shell = now;
  };
  new MutationObserver(look).observe(document, { childList: true, subtree: true, characterData: true });
})();`;

/** The probe's record once the title is painted and the poster is in (the open is then over). */
export const popupDone = () => {
  const record = (window as unknown as { __popupRender?: PopupRecord }).__popupRender;
  return record !== undefined && record.firstRender !== null && record.poster !== null;
};
