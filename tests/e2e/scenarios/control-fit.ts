/**
 * The control sits in the site's layout, not merely somewhere on the page: on MyAnimeList's phone
 * layout inside the title bar, under the title and on its left edge; in Netflix's title modal inside
 * the artwork, under the Play button and on its left edge. Each is read as boxes in the page (the
 * control's host against the title, its container, the block after it and the viewport) and as a
 * hit test at the host's centre (nothing covers or clips it), at a phone's width and a wide one.
 */
import { expect } from 'vitest';
import { inControls } from '../harness/closed-roots';
import { type AnyPage, CONTROL_HOST, waitForButtonText } from '../harness/pages';
import { goto, inPage } from './sites-pages';

interface Size {
  width: number;
  height: number;
}

/** The selectors a layout is judged by, in its page. */
interface Layout {
  url: string;
  /** What the control lines up with: its left edge, and the control starts below its bottom. */
  title: string;
  /** The block the control must stay inside. */
  container: string;
  /** The next block of the page, which the control must not reach. */
  next: string;
  sizes: readonly Size[];
}

export const MAL_PHONE: Layout = {
  url: 'https://myanimelist.net/anime/1535/Death_Note',
  title: '.page-title h1.title-name',
  container: '.page-title',
  next: '.status-block',
  sizes: [
    { width: 360, height: 740 },
    { width: 320, height: 640 },
  ],
};

export const NETFLIX_MODAL: Layout = {
  url: 'https://www.netflix.com/browse?jbv=20557937',
  title: '.previewModal--container [data-uia="play-button"]',
  container: '.previewModal--container .previewModal--player_container',
  next: '.previewModal--container .previewModal--info',
  sizes: [
    { width: 1280, height: 800 },
    { width: 700, height: 700 },
  ],
};

export interface Fit {
  /** Left edges within a pixel. */
  aligned: boolean;
  /** The control starts at or below the title's bottom edge. */
  belowTitle: boolean;
  inContainer: boolean;
  /** It ends before the next block starts. */
  clearOfNext: boolean;
  inViewport: boolean;
  /** A point at the host's centre hits the host: nothing covers or clips it. */
  hit: boolean;
}

/** Runs in the page. */
function readFit([host, title, container, next]: string[]): Fit | { missing: string } {
  const box = (selector: string) => document.querySelector(selector)?.getBoundingClientRect();
  const [h, t, c, n] = [host, title, container, next].map((selector) => box(selector ?? ''));
  if (!h || !t || !c || !n) return { missing: `${[h, t, c, n].map(Boolean)}` };
  const slack = 1;
  const width = document.documentElement.clientWidth;
  return {
    aligned: Math.abs(h.left - t.left) <= slack,
    belowTitle: h.top >= t.bottom - slack,
    inContainer:
      h.left >= c.left - slack && h.right <= c.right + slack && h.top >= c.top && h.bottom <= c.bottom,
    clearOfNext: h.bottom <= n.top + slack,
    inViewport: h.left >= 0 && h.top >= 0 && h.right <= width + slack && h.bottom <= innerHeight,
    hit:
      document.elementFromPoint(h.left + h.width / 2, h.top + h.height / 2) ===
      document.querySelector(host ?? ''),
  };
}

export const fitOf = (page: AnyPage, layout: Layout) =>
  inPage(page, readFit, [CONTROL_HOST, layout.title, layout.container, layout.next]);

/** Playwright's and Puppeteer's calls for the window's size differ in name only. */
export async function resize(page: AnyPage, size: Size): Promise<void> {
  const driven = page as unknown as {
    setViewportSize?(size: Size): Promise<void>;
    setViewport?(size: Size): Promise<void>;
  };
  if (driven.setViewportSize) await driven.setViewportSize(size);
  else await driven.setViewport?.(size);
}

/** At each of the layout's sizes: the label whole, and every box where it belongs. */
export async function controlSitsInLayout(page: AnyPage, layout: Layout, label: string): Promise<void> {
  const before = await inPage(page, () => ({ width: innerWidth, height: innerHeight }), null);
  try {
    for (const size of layout.sizes) {
      await resize(page, size);
      await goto(page, layout.url);
      expect(await waitForButtonText(page, label)).toBe(label);
      const fit = await fitOf(page, layout);
      // Its words are whole in its box, not cut with an ellipsis.
      const whole = await inControls(
        page,
        (roots) => {
          const name = roots[0]?.querySelector('.name');
          return name ? name.scrollWidth <= name.clientWidth : false;
        },
        null,
      );
      expect({ size, whole }).toEqual({ size, whole: true });
      const all: Fit = {
        aligned: true,
        belowTitle: true,
        inContainer: true,
        clearOfNext: true,
        inViewport: true,
        hit: true,
      };
      expect({ url: layout.url, size, fit }).toEqual({ url: layout.url, size, fit: all });
    }
  } finally {
    await resize(page, before);
  }
}
