/**
 * The badges on the look-alike list pages (tests/fixtures/sites: IMDb's Top 250, MyAnimeList's season,
 * Netflix's rows, each with its site's look): every title on the user's lists has its badge where
 * the user reads the title (on the title's line right after it, or right under a tile), inside its
 * entry and the window's width; every other entry shows none. Read as boxes in the page.
 */
import { expect } from 'vitest';
import { inClosedRoots } from '../harness/closed-roots';
import type { AnyPage } from '../harness/pages';
import { BADGE, waitForBadges } from './list-badges-read';
import { goto, sleep } from './sites-pages';

export interface ListLayout {
  url: string;
  /** The entry (row, card, tile) a badge must stay inside. */
  entry: string;
  /** `line`: on the title link's line, right after it; `under`: right under its tile, on its left edge. */
  place: 'line' | 'under';
  /** The hrefs (their start) of the entries on the user's lists; every other entry shows no badge. */
  listed: readonly string[];
}

export const LOOK_ALIKE_LISTS: readonly ListLayout[] = [
  {
    // Shawshank and The Godfather were added from this chart's "+" (list-badges.ts), The Dark Knight not.
    url: 'https://www.imdb.com/chart/top/',
    entry: 'li.cli-parent',
    place: 'line',
    listed: ['/title/tt0111161/', '/title/tt0068646/'],
  },
  {
    url: 'https://myanimelist.net/anime/season/2024/fall',
    entry: '.seasonal-anime',
    place: 'line',
    listed: [
      'https://myanimelist.net/anime/57181/',
      'https://myanimelist.net/anime/57334/',
      'https://myanimelist.net/anime/21/',
    ],
  },
  {
    url: 'https://www.netflix.com/browse?fixture=rows',
    entry: '.slider-item',
    place: 'under',
    listed: ['/watch/80057281', 'https://www.netflix.com/watch/20557937'],
  },
];

interface Placed {
  href: string;
  /** The badge draws a state (its title is on the lists). */
  shown: boolean;
  /** Where the layout wants it, next to its title. */
  atTitle: boolean;
  inEntry: boolean;
  inWidth: boolean;
}

/** Runs in the page: each badge host against its link, its entry and the window's width. */
function readPlaced(roots: ShadowRoot[], [entry, place]: string[]): Placed[] {
  const slack = 1;
  return roots.map((root) => {
    const host = root.host;
    const link = host.previousElementSibling;
    const badge = root.querySelector<HTMLElement>('[role="img"]');
    const h = host.getBoundingClientRect();
    const l = link?.getBoundingClientRect();
    const e = host.closest(entry ?? '')?.getBoundingClientRect();
    const middle = h.top + h.height / 2;
    const onLine = l
      ? h.left >= l.right - slack && h.left - l.right <= 12 && middle >= l.top && middle <= l.bottom
      : false;
    const under = l
      ? h.top >= l.bottom - slack &&
        h.top - l.bottom <= 12 &&
        h.left >= l.left - slack &&
        h.right <= l.right + slack
      : false;
    return {
      href: link?.getAttribute('href') ?? '',
      shown: Boolean(badge && !badge.hidden),
      atTitle: place === 'under' ? under : onLine,
      inEntry: e
        ? h.left >= e.left - slack &&
          h.right <= e.right + slack &&
          h.top >= e.top - slack &&
          h.bottom <= e.bottom + slack
        : false,
      inWidth: h.left >= 0 && h.right <= document.documentElement.clientWidth + slack,
    };
  });
}

/** Each look-alike list in turn: its listed titles' badges in place, the others' none. */
export async function badgesSitOnLookAlikeLists(page: AnyPage): Promise<void> {
  for (const layout of LOOK_ALIKE_LISTS) {
    await goto(page, layout.url);
    await waitForBadges(page, (now) => now.length === layout.listed.length);
    // Late hosts would come together; give them the time to (none must).
    await sleep(300);
    const placed = await inClosedRoots(page, BADGE, readPlaced, [layout.entry, layout.place]);
    const isListed = (href: string) => layout.listed.some((start) => href.startsWith(start));
    const shown = placed.filter((one) => one.shown).map((one) => one.href);
    expect({
      url: layout.url,
      shown: shown.filter(isListed).length,
      others: shown.filter((h) => !isListed(h)),
    }).toEqual({
      url: layout.url,
      shown: layout.listed.length,
      others: [],
    });
    const misplaced = placed.filter((one) => one.shown && !(one.atTitle && one.inEntry && one.inWidth));
    expect({ url: layout.url, misplaced }).toEqual({ url: layout.url, misplaced: [] });
  }
}
