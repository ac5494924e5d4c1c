/**
 * Whether a page's layout holds: nothing wider than the page, nothing clipped, no text spilling out of
 * its box. Measured in the page; each offender is named (tag, id, class, test id) so a failure says
 * where to look.
 */
import type { Page } from 'playwright-core';

export interface Offender {
  what: string;
  /** clipped: hidden overflow cuts content; spills: content wider than its box; outside: past the page. */
  kind: 'clipped' | 'spills' | 'outside';
  scrollWidth: number;
  clientWidth: number;
  left: number;
  right: number;
}

export interface Widths {
  clientWidth: number;
  scrollWidth: number;
  offenders: Offender[];
}

/** One pixel of slack for subpixel rounding. */
const SLACK = 1;

export function horizontalOverflow(page: Page): Promise<Widths> {
  return page.evaluate((slack) => {
    const root = document.documentElement;
    const pageWidth = root.clientWidth;
    const name = (element: Element) => {
      const id = element.id ? `#${element.id}` : '';
      const classes = typeof element.className === 'string' ? element.className.trim().split(/\s+/) : [];
      const testId = element.getAttribute('data-testid');
      const label = classes
        .filter(Boolean)
        .map((c) => `.${c}`)
        .join('');
      return `${element.tagName.toLowerCase()}${id}${label}${testId ? `[data-testid=${testId}]` : ''}`;
    };
    const offenders = [];
    for (const element of document.body.querySelectorAll('*')) {
      if (element.getClientRects().length === 0) continue; // not rendered (a hidden tab panel)
      const { left, right, width, height } = element.getBoundingClientRect();
      if (width <= 1 || height <= 1) continue; // visually hidden on purpose (screen-reader text)
      const { scrollWidth, clientWidth } = element;
      const base = { what: name(element), scrollWidth, clientWidth, left, right };
      if (left < -slack || right > pageWidth + slack) offenders.push({ ...base, kind: 'outside' as const });
      if (!(element instanceof HTMLElement) || clientWidth === 0) continue; // inline boxes, SVG parts
      if (scrollWidth <= clientWidth + slack) continue;
      const clips = getComputedStyle(element).overflowX !== 'visible';
      offenders.push({ ...base, kind: clips ? ('clipped' as const) : ('spills' as const) });
    }
    return { clientWidth: pageWidth, scrollWidth: root.scrollWidth, offenders };
  }, SLACK);
}
