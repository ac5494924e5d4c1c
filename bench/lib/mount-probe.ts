/**
 * The in-page probe of bench/mount.bench.ts. Installed with Playwright's page.addInitScript, it runs
 * in the page's main world before any of the page's own scripts, so it sees the document being built.
 *
 * Method: one MutationObserver on the whole document (childList + subtree) notes performance.now()
 *  - `anchor`: the first time the site's anchor selector matches (the parser or the site inserted it);
 *  - `visible`: the first moment the control's host `[data-simkl-control]` has a non-empty box
 *    (checkVisibility() and a non-zero rect). The host has one fixed size and the control renders its
 *    button in the same task that inserts the host, so this is the button appearing ("Simkl: loading"
 *    included).
 * The control's shadow root is closed, so this page-world probe cannot open it (that is the point).
 * When the host appears the probe calls `__simklProbeHost()`, a binding the bench exposes; the bench
 * hands the root back over CDP (tests/e2e/harness/closed-roots.ts) to `__simklProbeAttach(root)`, which
 * observes it and notes
 *  - `ready`: the first moment the button's data-phase is no longer "loading", i.e. the background
 *    answered and the label reads the title's state ("Simkl: Plan to Watch", "Add to Simkl"), or
 *    with `readyLabel`, the first moment the label matches it ("Simkl: S4E13 ✓ …" on an episode page);
 *  - `attached`: when the root arrived. When the label was ready before that, `ready` is stamped on
 *    arrival: then anchor → ready is an upper bound, late by the hand-over (a few ms).
 * All come from the same page clock, so anchor → visible is the time a user waits for the control to
 * appear once the title is on screen, and anchor → ready the time until it is useful. Observer
 * callbacks run as microtasks right after the task that mutated the DOM, so each stamp is at most one
 * task late; reading a rect forces a layout, a cost the page pays once per mutation batch.
 */

export interface MountRecord {
  anchor: number | null;
  visible: number | null;
  ready: number | null;
  attached: number | null;
  label: string | null;
}

/** The binding the probe calls once the control's host exists (page.exposeFunction). */
export const PROBE_HOST_BINDING = '__simklProbeHost';

/** Runs in the page with the control's closed root, handed over by the bench (closed-roots.ts). */
export function attachProbe(roots: ShadowRoot[]): void {
  const attach = (window as unknown as { __simklProbeAttach?: (root: ShadowRoot) => void })
    .__simklProbeAttach;
  if (roots[0] && attach) attach(roots[0]);
}

/**
 * The page-side script, as source text: a compiled function would carry the bundler's helpers
 * (tsx adds `__name(...)` calls) into a page that does not define them.
 */
export function mountProbeScript(anchorSelector: string, readyLabel?: RegExp): string {
  return `(() => {
  const anchorSelector = ${JSON.stringify(anchorSelector)};
  const readyLabel = ${readyLabel ? `new RegExp(${JSON.stringify(readyLabel.source)})` : 'null'};
  const record = { anchor: null, visible: null, ready: null, attached: null, label: null };
  window.__simklMount = record;
  let watchedRoot = null;
  let announced = false;
  const look = () => {
    const now = performance.now();
    if (record.anchor === null && document.querySelector(anchorSelector)) record.anchor = now;
    const host = document.querySelector('[data-simkl-control]');
    if (!host) return;
    const box = host.getBoundingClientRect();
    if (record.visible === null && host.checkVisibility() && box.width > 0 && box.height > 0) record.visible = now;
    if (!announced) {
      announced = true;
      window.${PROBE_HOST_BINDING}?.();
    }
    const button = watchedRoot?.querySelector('[data-testid="simkl-button"]');
    if (button && record.ready === null && button.getAttribute('data-phase') !== 'loading') {
      const words = Array.from(button.querySelectorAll('[data-t]'), (node) => node.getAttribute('data-t'));
      const label = words.join('').trim();
      // An episode page is ready once it says the episode's state, not the show's (readyLabel).
      if (readyLabel && !readyLabel.test(label)) return;
      record.ready = now;
      record.label = label;
    }
  };
  window.__simklProbeAttach = (root) => {
    if (watchedRoot) return;
    watchedRoot = root;
    record.attached = performance.now();
    new MutationObserver(look).observe(root, { childList: true, subtree: true, attributes: true, characterData: true });
    look();
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
