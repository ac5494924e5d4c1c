/**
 * The control's menu opens where it fits (lib/page/control/menu-place.ts): whole inside the
 * viewport, not cut by a clipping ancestor of the page (TMDB's hero, Netflix's title modal), and
 * upwards when the room below the button is short. "Not cut" is asked of the browser itself: at
 * the middle of the menu's first and last visible entries, hit-testing finds the control's host.
 */
import { expect } from 'vitest';
import { inControls } from '../harness/closed-roots';
import { type AnyPage, CONTROL, clickInControl, openMenu, waitForButtonText } from '../harness/pages';
import { VISITS } from './sites-control';
import { goto, inPage } from './sites-pages';

interface MenuBox {
  inViewport: boolean;
  /** The entries at the menu's top and bottom edges are what the pointer would hit. */
  hit: boolean;
  /** The menu opened above its button. */
  above: boolean;
}

/** Runs in the page: the open menu's box against the viewport, its button and the hit-test. */
function readMenuBox(roots: ShadowRoot[]): MenuBox | null {
  const root = roots[0];
  const menu = root?.querySelector<HTMLElement>('[role="menu"]');
  const button = root?.querySelector<HTMLElement>('[data-testid="simkl-button"]');
  if (!root || !menu || !button) return null;
  const box = menu.getBoundingClientRect();
  const host = root.host;
  const hits = (y: number) => document.elementFromPoint(box.left + box.width / 2, y) === host;
  return {
    inViewport: box.top >= 0 && box.left >= 0 && box.bottom <= innerHeight && box.right <= innerWidth,
    hit: hits(box.top + 12) && hits(box.bottom - 12),
    above: box.bottom <= button.getBoundingClientRect().top,
  };
}

async function menuBox(page: AnyPage): Promise<MenuBox | null> {
  await openMenu(page);
  const box = await inControls(page, readMenuBox, null);
  await clickInControl(page, CONTROL.button);
  return box;
}

export async function menusOpenWhereTheyFit(page: AnyPage): Promise<void> {
  for (const where of [VISITS.tmdbMovie, VISITS.netflixModal]) {
    await goto(page, where.url);
    await waitForButtonText(page, /^Simkl: /);
    // Above or below, as the room goes (Netflix's modal leaves more above).
    const { inViewport, hit } = (await menuBox(page)) ?? {};
    expect({ url: where.url, inViewport, hit }).toEqual({ url: where.url, inViewport: true, hit: true });
  }
  // The title near the bottom of the window: the menu opens upwards, still whole.
  await goto(page, VISITS.tmdbMovie.url);
  await waitForButtonText(page, /^Simkl: /);
  await inPage(
    page,
    (selector) => {
      // Room above the title, so that scrolling can bring it down to the window's bottom edge.
      document.body.style.paddingTop = '200vh';
      const host = document.querySelector(selector);
      const top = (host?.getBoundingClientRect().top ?? 0) + scrollY;
      scrollTo(0, top - innerHeight + 60);
    },
    '[data-simkl-control]',
  );
  expect(await menuBox(page)).toEqual({ inViewport: true, hit: true, above: true });
}
