/**
 * The in-page probe of bench/mount.bench.ts and bench/episode-mount.bench.ts. Installed with
 * Playwright's page.addInitScript, it runs in the page's main world before any of the page's own
 * scripts, so it sees the document being built. The extension it times is the probe build
 * (bench/lib/probe-build.ts), whose control tells each render's time, phase and label to its host
 * (lib/page/control/probe-stamp.ts); the shipping build cannot.
 *
 * Method: one MutationObserver on the whole document (childList + subtree) notes performance.now()
 *  - `anchor`: the first time the site's anchor selector matches (the parser or the site inserted it);
 *  - `visible`: the first moment the control's host `[data-simkl-control]` has a non-empty box
 *    (checkVisibility() and a non-zero rect). The host has one fixed size and the control renders its
 *    button in the same task that inserts the host, so this is the button appearing ("Simkl: loading"
 *    included).
 * and the control's own stamp gives
 *  - `ready`: the time of the first render whose phase is no longer "loading", i.e. the label reads the
 *    title's state ("Simkl: Plan to Watch", "Add to Simkl"), or with `readyLabel`, of the first render
 *    whose label matches it ("Simkl: S4E13 ✓ …" on an episode page). Taken by the content script in
 *    the task that rendered it, so it is exact in every load, whenever the probe hears of it.
 * All come from the same page clock (the isolated world shares the document's performance.now()), so
 * anchor → visible is the time a user waits for the control to appear once the title is on screen, and
 * anchor → ready the time until it is useful. Observer callbacks run as microtasks right after the task
 * that mutated the DOM, so the two page-side stamps are at most one task late; reading a rect forces a
 * layout, a cost the page pays once per mutation batch.
 */

import { PROBE_EVENT } from '../../lib/page/control/probe-stamp';

export interface MountRecord {
  anchor: number | null;
  visible: number | null;
  ready: number | null;
  label: string | null;
}

/** The budgets (docs/architecture.md, Budgets), in ms after the anchor, warm and cold alike. */
export const MOUNT_BUDGETS = { visibleMs: 20, readyMs: 30 } as const;

/**
 * The page-side script, as source text: a compiled function would carry the bundler's helpers
 * (tsx adds `__name(...)` calls) into a page that does not define them.
 */
export function mountProbeScript(anchorSelector: string, readyLabel?: RegExp): string {
  return `(() => {
  const anchorSelector = ${JSON.stringify(anchorSelector)};
  const readyLabel = ${readyLabel ? `new RegExp(${JSON.stringify(readyLabel.source)})` : 'null'};
  const record = { anchor: null, visible: null, ready: null, label: null };
  window.__simklMount = record;
  const look = () => {
    const now = performance.now();
    if (record.anchor === null && document.querySelector(anchorSelector)) record.anchor = now;
    const host = document.querySelector('[data-simkl-control]');
    if (!host || record.visible !== null) return;
    const box = host.getBoundingClientRect();
    if (host.checkVisibility() && box.width > 0 && box.height > 0) record.visible = now;
  };
  document.addEventListener(${JSON.stringify(PROBE_EVENT)}, (event) => {
    if (record.ready !== null || typeof event.detail !== 'string') return;
    const { t, phase, label } = JSON.parse(event.detail);
    if (phase === 'loading' || (readyLabel && !readyLabel.test(label))) return;
    record.ready = t;
    record.label = label;
  }, true);
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
