/**
 * What a page can measure of the control without reading it: the host's box and scroll sizes, its
 * computed style, and where a hit test lands on it (a grid of document.elementFromPoint calls around
 * the host, relative to it, so that the menu's extent shows too). Taken on one page while its title
 * is in the user's lists and after the user removed it, menu closed and open: equal footprints say
 * nothing about the state.
 */
import type { AnyPage } from '../harness/pages';

export interface Footprint {
  box: number[];
  style: string;
  /** One character per grid point: '#' the host, '.' anything else. */
  hits: string;
}

/** Runs in the page, as any script of the site could. */
function measure(): Footprint | null {
  const host = document.querySelector<HTMLElement>('[data-simkl-control]');
  if (!host) return null;
  const rect = host.getBoundingClientRect();
  const box = [
    rect.width,
    rect.height,
    host.offsetWidth,
    host.offsetHeight,
    host.clientWidth,
    host.clientHeight,
    host.scrollWidth,
    host.scrollHeight,
  ];
  const computed = getComputedStyle(host);
  const style = Array.from(computed, (name) => `${name}:${computed.getPropertyValue(name)}`)
    .sort()
    .join(';');
  let hits = '';
  for (let dy = -8; dy <= 440; dy += 8) {
    for (let dx = -40; dx <= 320; dx += 8) {
      const hit = document.elementFromPoint(rect.left + dx, rect.top + dy);
      hits += hit === host ? '#' : '.';
    }
    hits += '\n';
  }
  return { box, style, hits };
}

export async function footprint(page: AnyPage): Promise<Footprint> {
  const taken = await (page as unknown as { evaluate<R>(fn: () => R): Promise<R> }).evaluate(measure);
  if (!taken) throw new Error('No control on the page to measure');
  return taken;
}
