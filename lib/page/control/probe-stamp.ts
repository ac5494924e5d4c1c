/**
 * The mount bench's stamp (bench/lib/mount-probe.ts), in builds made for it only: WXT_MOUNT_PROBE is
 * set at build time there and nowhere else, so in every other build this is an empty function the
 * minifier drops with its calls (scripts/budgets.mjs fails a content script that still holds the
 * event's name). It tells the page what the control shows, the one thing the closed root exists to
 * hide, so it must never ship; it lets the bench time "ready" exactly, in the same task as the render.
 */
export const PROBE_EVENT = 'simkl-mount-probe';

/** Dispatched on the host after every render: the time, the phase and the label, as JSON text. */
export function stampForProbe(host: Element, phase: string, label: string): void {
  if (!import.meta.env.WXT_MOUNT_PROBE) return;
  const detail = JSON.stringify({ t: performance.now(), phase, label });
  host.dispatchEvent(new CustomEvent(PROBE_EVENT, { bubbles: true, detail }));
}
