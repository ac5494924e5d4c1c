/**
 * The in-page probe of bench/mount.bench.ts. Installed with Playwright's page.addInitScript, it runs
 * in the page's main world before any of the page's own scripts, so it sees the document being built.
 *
 * Method: one MutationObserver on the whole document (childList + subtree) notes performance.now()
 * the first time the site's anchor selector matches (the parser or the site inserted it), and once
 * the control's host `[data-simkl-control]` exists it also observes the host's open shadow root
 * (mutations inside a shadow root never reach a document observer), noting
 *  - `visible`: the first moment the shadow root holds the control's button with a non-empty box
 *    (checkVisibility() and a non-zero rect), whatever it says ("Simkl: loading" included);
 *  - `ready`: the first moment the button's data-phase is no longer "loading", i.e. the background
 *    answered and the label reads the title's state ("Simkl: Plan to Watch", "Add to Simkl").
 * All three come from the same page clock, so anchor → visible is the time a user waits for the
 * control to appear once the title is on screen, and anchor → ready the time until it is useful.
 * Observer callbacks run as microtasks right after the task that mutated the DOM, so each stamp is
 * at most one task late; reading a rect forces a layout, a cost the page pays once per mutation batch.
 */

export interface MountRecord {
  anchor: number | null;
  visible: number | null;
  ready: number | null;
  label: string | null;
}

/**
 * The page-side script, as source text: a compiled function would carry the bundler's helpers
 * (tsx adds `__name(...)` calls) into a page that does not define them.
 */
export function mountProbeScript(anchorSelector: string): string {
  return `(() => {
  const anchorSelector = ${JSON.stringify(anchorSelector)};
  const record = { anchor: null, visible: null, ready: null, label: null };
  window.__simklMount = record;
  let watchedRoot = null;
  const look = () => {
    const now = performance.now();
    if (record.anchor === null && document.querySelector(anchorSelector)) record.anchor = now;
    const root = document.querySelector('[data-simkl-control]')?.shadowRoot ?? null;
    if (root && root !== watchedRoot) {
      watchedRoot = root;
      new MutationObserver(look).observe(root, { childList: true, subtree: true, attributes: true, characterData: true });
    }
    const button = root?.querySelector('[data-testid="simkl-button"]');
    if (!button) return;
    const box = button.getBoundingClientRect();
    if (record.visible === null && button.checkVisibility() && box.width > 0 && box.height > 0) record.visible = now;
    if (record.ready === null && button.getAttribute('data-phase') !== 'loading') {
      record.ready = now;
      record.label = (button.textContent || '').trim();
    }
  };
  new MutationObserver(look).observe(document, { childList: true, subtree: true });
})();`;
}

/** Median and 95th percentile (nearest rank) of a sample, rounded to 0.1 of its unit. */
export function summarise(values: readonly number[]): { n: number; median: number; p95: number } {
  const sorted = [...values].sort((a, b) => a - b);
  const rank = (q: number) => {
    const value = sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))];
    return value === undefined ? Number.NaN : Math.round(value * 10) / 10;
  };
  return { n: sorted.length, median: rank(0.5), p95: rank(0.95) };
}
