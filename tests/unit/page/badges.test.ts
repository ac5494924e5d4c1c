import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { DetectedMedia } from '../../../lib/media';
import type { ListedState } from '../../../lib/messaging';
import { badgeText } from '../../../lib/page/badges/badge-text';
import { frameBatch } from '../../../lib/page/badges/frame-batch';
import { type LookupStates, startListBadges } from '../../../lib/page/badges/list-badges';
import { BADGE_ATTRIBUTE } from '../../../lib/page/badges/mount-badge';
import type { ListedTitle } from '../../../lib/sites/adapter';
import { keepShadowRoots, stubI18n } from './helpers';

let shadowOf: ReturnType<typeof keepShadowRoots>;

beforeEach(() => {
  stubI18n();
  shadowOf = keepShadowRoots();
});

afterEach(() => {
  vi.restoreAllMocks();
});

describe('badgeText', () => {
  it.each<[ListedState | null, string | null, string | null]>([
    [{ status: 'completed', rating: 8 }, '✓ 8', 'Simkl: Completed, rated 8'],
    [{ status: 'completed', rating: null }, '✓', 'Simkl: Completed'],
    [
      { status: 'watching', rating: null, watched: 5, total: 12 },
      '▶ 5/12',
      'Simkl: Watching, 5 of 12 episodes',
    ],
    [{ status: 'watching', rating: null, watched: 3 }, '▶ 3', 'Simkl: Watching, 3 episodes watched'],
    [{ status: 'watching', rating: null }, '▶', 'Simkl: Watching'],
    [{ status: 'hold', rating: null }, '⏸', 'Simkl: On Hold'],
    [{ status: 'dropped', rating: 3 }, '✕', 'Simkl: Dropped'],
    [{ status: 'plantowatch', rating: null }, '🕘', 'Simkl: Plan to Watch'],
    [null, null, null],
  ])('%j → %s', (state, text, label) => {
    const badge = badgeText(state);
    expect(badge?.text ?? null).toBe(text);
    expect(badge?.label ?? null).toBe(label);
  });
});

describe('frameBatch', () => {
  it('runs once per frame however often it is asked, and never after cancel', () => {
    const frames: Array<() => void> = [];
    const work = vi.fn();
    const batch = frameBatch(work, (callback) => frames.push(callback));
    batch.request();
    batch.request();
    batch.request();
    expect(frames).toHaveLength(1);
    frames.shift()?.();
    expect(work).toHaveBeenCalledTimes(1);
    batch.request();
    batch.cancel();
    frames.shift()?.();
    expect(work).toHaveBeenCalledTimes(1);
  });
});

function entry(doc: Document, id: string): HTMLAnchorElement {
  const li = doc.createElement('li');
  const link = doc.createElement('a');
  link.href = `https://www.imdb.com/title/${id}/`;
  link.dataset.id = id;
  li.append(link);
  doc.querySelector('ul')?.append(li);
  return link;
}

/** A list part that lists every link of the page, as the site adapters do for their lists. */
const adapter = {
  listed: (_url: string, doc: Document): ListedTitle[] =>
    [...doc.querySelectorAll<HTMLAnchorElement>('a[data-id]')].map((element) => ({
      element,
      media: { site: 'imdb', kind: 'movie', ids: { imdb: element.dataset.id as string } },
    })),
};

const rowOpacity = (id: string) =>
  document.querySelector<HTMLElement>(`li:has(a[data-id=${id}])`)?.style.opacity ?? 'no row';

describe('startListBadges', () => {
  const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

  function setup(states: Record<string, ListedState>) {
    document.body.innerHTML = '<ul></ul>';
    for (const id of ['tt1', 'tt2', 'tt3']) entry(document, id);
    const frames: Array<() => void> = [];
    const lookup = vi.fn<LookupStates>(async (titles: DetectedMedia[]) => ({
      ok: true as const,
      value: titles.map((title) => states[title.ids.imdb ?? ''] ?? null),
    }));
    const badges = startListBadges(document, adapter, {
      dimCompleted: true,
      lookup,
      frame: (callback) => frames.push(callback),
    });
    return { badges, lookup, frames };
  }

  it('asks for all titles of the page in one message and badges only the listed ones', async () => {
    const { badges, lookup } = setup({
      tt1: { status: 'completed', rating: 8 },
      tt3: { status: 'hold', rating: null },
    });
    await flush();
    expect(lookup).toHaveBeenCalledTimes(1);
    expect(lookup.mock.calls[0]?.[0].map((title) => title.ids.imdb)).toEqual(['tt1', 'tt2', 'tt3']);
    const hosts = document.querySelectorAll(`[${BADGE_ATTRIBUTE}]`);
    expect(hosts).toHaveLength(2);
    // Closed roots: the page sees an empty host, no text, no shadowRoot.
    expect(hosts[0]?.shadowRoot).toBeNull();
    expect(hosts[0]?.textContent).toBe('');
    // Inside, the glyphs are drawn from an attribute: no text node for window.find() to match.
    const inside = shadowOf(hosts[0])?.querySelector('.b');
    expect(inside?.getAttribute('data-t')).toBe('✓ 8');
    expect(inside?.textContent).toBe('');
    expect(rowOpacity('tt1')).toBe('0.45');
    expect(rowOpacity('tt3')).toBe('');
    badges.stop();
    expect(document.querySelectorAll(`[${BADGE_ATTRIBUTE}]`)).toHaveLength(0);
    expect(rowOpacity('tt1')).toBe('');
  });

  it('says when entries appear (a season list drawn anew draws its ✓ again), not for its own badges', async () => {
    document.body.innerHTML = '<ul></ul>';
    entry(document, 'tt1');
    const frames: Array<() => void> = [];
    const onFresh = vi.fn();
    const badges = startListBadges(document, adapter, {
      dimCompleted: false,
      lookup: async (titles) => ({
        ok: true as const,
        value: titles.map(() => ({ status: 'completed', rating: null })),
      }),
      frame: (callback) => frames.push(callback),
      onFresh,
    });
    await flush();
    expect(onFresh).toHaveBeenCalledTimes(1);
    // The badge that went in is ours: no new scan, no call.
    for (const frame of frames.splice(0)) frame();
    expect(onFresh).toHaveBeenCalledTimes(1);
    document.querySelector('ul')?.replaceChildren();
    entry(document, 'tt2');
    await flush();
    for (const frame of frames.splice(0)) frame();
    expect(onFresh).toHaveBeenCalledTimes(2);
    badges.stop();
  });

  it('batches entries that appear later into one message per frame, for the new ones only', async () => {
    const { badges, lookup, frames } = setup({ tt5: { status: 'plantowatch', rating: null } });
    await flush();
    entry(document, 'tt4');
    entry(document, 'tt5');
    await flush();
    expect(frames.length).toBeGreaterThan(0);
    for (const frame of frames.splice(0)) frame();
    await flush();
    expect(lookup).toHaveBeenCalledTimes(2);
    expect(lookup.mock.calls[1]?.[0].map((title) => title.ids.imdb)).toEqual(['tt4', 'tt5']);
    expect(document.querySelectorAll(`[${BADGE_ATTRIBUTE}]`)).toHaveLength(1);
    badges.stop();
  });

  it('does not rescan for its own badges going in, and reads every style before inserting any', async () => {
    const styleReads: string[] = [];
    const read = window.getComputedStyle.bind(window);
    vi.spyOn(window, 'getComputedStyle').mockImplementation((element, pseudo) => {
      styleReads.push(document.querySelectorAll(`[${BADGE_ATTRIBUTE}]`).length > 0 ? 'after' : 'before');
      return read(element, pseudo);
    });
    const { badges, frames } = setup({
      tt1: { status: 'completed', rating: 8 },
      tt2: { status: 'hold', rating: null },
      tt3: { status: 'plantowatch', rating: null },
    });
    await flush();
    expect(document.querySelectorAll(`[${BADGE_ATTRIBUTE}]`)).toHaveLength(3);
    expect(frames).toHaveLength(0);
    expect(styleReads.length).toBeGreaterThan(0);
    expect(styleReads).not.toContain('after');
    badges.stop();
  });

  it('asks again for every title on refresh (a revision of the mirror) and drops badges that went away', async () => {
    const states: Record<string, ListedState> = {
      tt2: { status: 'watching', rating: null, watched: 1, total: 3 },
    };
    const { badges, lookup } = setup(states);
    await flush();
    expect(document.querySelectorAll(`[${BADGE_ATTRIBUTE}]`)).toHaveLength(1);
    delete states.tt2;
    badges.refresh();
    await flush();
    expect(lookup).toHaveBeenCalledTimes(2);
    expect(document.querySelectorAll(`[${BADGE_ATTRIBUTE}]`)).toHaveLength(0);
    badges.stop();
  });
});

describe('the 250-entry chart fixture', () => {
  it('lists 250 titles, the known ids first', async () => {
    const { chart250 } = await import('../../fixtures/sites/imdb-chart-250');
    const { findListedTitles } = await import('../../../lib/sites/index');
    document.documentElement.innerHTML = chart250(['tt9000000', 'tt9000001']);
    const titles = findListedTitles('https://www.imdb.com/chart/top/?fixture=badges-250', document);
    expect(titles).toHaveLength(250);
    expect(titles.slice(0, 3).map((title) => title.media.ids.imdb)).toEqual([
      'tt9000000',
      'tt9000001',
      'tt80000002',
    ]);
    expect(titles[0]?.media.kind).toBe('movie');
  });
});
