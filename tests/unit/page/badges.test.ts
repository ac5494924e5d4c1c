import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { DetectedMedia } from '../../../lib/media';
import type { ListedState } from '../../../lib/messaging';
import { badgeText, GLYPHS } from '../../../lib/page/badges/badge-text';
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
  it('uses no glyph that needs an emoji font', () => {
    expect(Object.values(GLYPHS).filter((glyph) => /\p{Extended_Pictographic}/u.test(glyph))).toEqual([]);
  });

  it.each<[ListedState | null, string | null, string | null]>([
    [{ status: 'completed', rating: 8 }, '✓ 8', 'Simkl: Completed, rated 8'],
    [{ status: 'completed', rating: null }, '✓', 'Simkl: Completed'],
    [
      { status: 'watching', rating: null, watched: 5, total: 12 },
      '▸ 5/12',
      'Simkl: Watching, 5 of 12 episodes',
    ],
    [{ status: 'watching', rating: null, watched: 3 }, '▸ 3', 'Simkl: Watching, 3 episodes watched'],
    [{ status: 'watching', rating: null }, '▸', 'Simkl: Watching'],
    [{ status: 'hold', rating: null }, '‖', 'Simkl: On Hold'],
    [{ status: 'dropped', rating: 3 }, '✕', 'Simkl: Dropped'],
    [{ status: 'plantowatch', rating: null }, '◷', 'Simkl: Plan to Watch'],
    [
      { status: 'watching', rating: null, watched: 999, total: 999 },
      '▸ 999/999',
      'Simkl: Watching, 999 of 999 episodes',
    ],
    [
      { status: 'watching', rating: null, watched: 1088, total: 1150 },
      '1088/1150',
      'Simkl: Watching, 1088 of 1150 episodes',
    ],
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

const hosts = () => [...document.querySelectorAll<HTMLElement>(`[${BADGE_ATTRIBUTE}]`)];
const link = (id: string) => document.querySelector(`a[data-id=${id}]`) as HTMLElement;
/** Inside a title's badge (the test keeps the closed roots; a page cannot). */
const inside = (id: string, selector: string) =>
  shadowOf(link(id).nextElementSibling)?.querySelector<HTMLElement>(selector) ?? null;
const shows = (id: string) => {
  const badge = inside(id, '.b');
  if (badge && !badge.hidden) return badge.getAttribute('data-t');
  return inside(id, '.a')?.hidden === false ? '+' : 'nothing';
};

/** What a page script can see of the list: the hosts' outer HTML and every row's markup. */
const pageView = () => document.body.innerHTML;

/** Every mutation of the page from now on, as a page script's observer gets them (in deliveries). */
function recordMutations(): () => MutationRecord[][] {
  const deliveries: MutationRecord[][] = [];
  const observer = new MutationObserver((records) => deliveries.push(records));
  observer.observe(document, { childList: true, subtree: true, attributes: true, characterData: true });
  return () => {
    const pending = observer.takeRecords();
    if (pending.length > 0) deliveries.push(pending);
    return deliveries;
  };
}

describe('startListBadges', () => {
  const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

  function setup(states: Record<string, ListedState>, dimCompleted = true) {
    document.body.innerHTML = '<ul></ul>';
    for (const id of ['tt1', 'tt2', 'tt3']) entry(document, id);
    const frames: Array<() => void> = [];
    const lookup = vi.fn<LookupStates>(async (titles: DetectedMedia[]) => ({
      ok: true as const,
      value: titles.map((title) => states[title.ids.imdb ?? ''] ?? null),
    }));
    const badges = startListBadges(document, adapter, {
      dimCompleted,
      lookup,
      frame: (callback) => frames.push(callback),
    });
    return { badges, lookup, frames };
  }

  it('asks for all titles in one message and gives every title one host, the same outside whatever its state', async () => {
    const { badges, lookup } = setup({
      tt1: { status: 'completed', rating: 8 },
      tt3: { status: 'hold', rating: null },
    });
    await flush();
    expect(lookup).toHaveBeenCalledTimes(1);
    expect(lookup.mock.calls[0]?.[0].map((title) => title.ids.imdb)).toEqual(['tt1', 'tt2', 'tt3']);
    // A completed title, one not on the lists and one on hold: three identical empty hosts.
    expect(hosts().map((host) => host.outerHTML)).toEqual(Array(3).fill('<span data-simkl-badge=""></span>'));
    expect(hosts().map((host) => host.shadowRoot)).toEqual([null, null, null]);
    // Inside, the glyphs are drawn from an attribute: no text node for window.find() to match.
    expect(['tt1', 'tt2', 'tt3'].map(shows)).toEqual(['✓ 8', '+', '‖']);
    expect(inside('tt1', '.b')?.textContent).toBe('');
    badges.stop();
    expect(hosts()).toHaveLength(0);
  });

  it('puts no host in before the answer, then all of them in one go', async () => {
    document.body.innerHTML = '<ul></ul>';
    for (const id of ['tt1', 'tt2', 'tt3']) entry(document, id);
    let answer: (states: Array<ListedState | null>) => void = () => undefined;
    const badges = startListBadges(document, adapter, {
      dimCompleted: false,
      lookup: () => new Promise((resolve) => (answer = (value) => resolve({ ok: true, value }))),
      frame: () => 0,
    });
    const mutations = recordMutations();
    await flush();
    expect(hosts()).toHaveLength(0);
    answer([{ status: 'plantowatch', rating: null }, null, null]);
    await flush();
    // Every host went in within the same task, complete: insertion says nothing of which is which.
    const [records, ...later] = mutations();
    expect(later).toEqual([]);
    expect(records?.flatMap((record) => [...record.addedNodes])).toEqual(hosts());
    expect(records?.every((record) => record.type === 'childList')).toBe(true);
    badges.stop();
  });

  it("dims a completed title inside its badge, never on the page's row, and follows the setting", async () => {
    const { badges, lookup } = setup({ tt1: { status: 'completed', rating: 8 } });
    await flush();
    const dimmed = () => inside('tt1', '.w')?.classList.contains('d');
    expect(dimmed()).toBe(true);
    expect(inside('tt3', '.w')?.classList.contains('d')).toBe(false);
    expect([...document.querySelectorAll('li')].map((row) => row.getAttribute('style'))).toEqual([
      null,
      null,
      null,
    ]);
    const before = pageView();
    badges.setDimCompleted(false);
    expect(dimmed()).toBe(false);
    badges.setDimCompleted(true);
    expect(dimmed()).toBe(true);
    expect(pageView()).toBe(before);
    // The setting needs no new answer: the badges know their states.
    expect(lookup).toHaveBeenCalledTimes(1);
    badges.stop();
  });

  it('changes nothing a page can see when the pointer or focus is on a listed or an unlisted row', async () => {
    const { badges } = setup({ tt1: { status: 'completed', rating: 8 } });
    await flush();
    const before = pageView();
    const mutations = recordMutations();
    for (const id of ['tt1', 'tt2', 'tt3', 'tt1']) {
      link(id).dispatchEvent(new MouseEvent('mouseover', { bubbles: true, composed: true }));
      link(id).focus();
    }
    expect(mutations()).toEqual([]);
    expect(pageView()).toBe(before);
    // Inside: the hovered title's "+" shows; the listed one's badge stays as it is.
    link('tt2').dispatchEvent(new MouseEvent('mouseover', { bubbles: true, composed: true }));
    expect(inside('tt2', '.w')?.classList.contains('h')).toBe(true);
    expect(inside('tt3', '.w')?.classList.contains('h')).toBe(false);
    expect(shows('tt1')).toBe('✓ 8');
    badges.stop();
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
    for (const frame of frames.splice(0)) frame();
    entry(document, 'tt4');
    entry(document, 'tt5');
    await flush();
    expect(frames.length).toBeGreaterThan(0);
    for (const frame of frames.splice(0)) frame();
    await flush();
    expect(lookup).toHaveBeenCalledTimes(2);
    expect(lookup.mock.calls[1]?.[0].map((title) => title.ids.imdb)).toEqual(['tt4', 'tt5']);
    expect(hosts()).toHaveLength(5);
    expect(['tt4', 'tt5'].map(shows)).toEqual(['+', '◷']);
    badges.stop();
  });

  it('reads no style on the way to the badges; each takes the theme around it in the next frame', async () => {
    const styleReads: number[] = [];
    const read = window.getComputedStyle.bind(window);
    vi.spyOn(window, 'getComputedStyle').mockImplementation((element, pseudo) => {
      styleReads.push(hosts().length);
      return read(element, pseudo);
    });
    document.body.innerHTML = '<ul></ul><ol style="background: rgb(20, 20, 20)"></ol>';
    for (const id of ['tt1', 'tt2']) entry(document, id);
    const dark = document.createElement('li');
    dark.innerHTML = '<a data-id="tt3" href="/title/tt3/">Three</a>';
    document.querySelector('ol')?.append(dark);
    const frames: Array<() => void> = [];
    const badges = startListBadges(document, adapter, {
      dimCompleted: false,
      lookup: async (titles) => ({ ok: true, value: titles.map(() => null) }),
      frame: (callback) => frames.push(callback),
    });
    await flush();
    expect(hosts()).toHaveLength(3);
    expect(styleReads).toEqual([]);
    for (const frame of frames.splice(0)) frame();
    expect(styleReads.length).toBeGreaterThan(0);
    expect(['tt1', 'tt2', 'tt3'].map((id) => inside(id, '.w')?.classList.contains('k'))).toEqual([
      false,
      false,
      true,
    ]);
    badges.stop();
  });

  it("follows the page's theme after the first frame: a stylesheet that came late, the site's dark mode switch", async () => {
    document.body.innerHTML = '<ul></ul>';
    for (const id of ['tt1', 'tt2']) entry(document, id);
    const frames: Array<() => void> = [];
    const runFrames = () => {
      for (const frame of frames.splice(0)) frame();
    };
    const badges = startListBadges(document, adapter, {
      dimCompleted: false,
      lookup: async (titles) => ({ ok: true, value: titles.map(() => null) }),
      frame: (callback) => frames.push(callback),
    });
    const dark = () => ['tt1', 'tt2'].map((id) => inside(id, '.w')?.classList.contains('k'));
    await flush();
    runFrames();
    expect(dark()).toEqual([false, false]);
    const style = document.createElement('style');
    style.textContent = 'body{background-color:rgb(18,18,18)} body.day{background-color:rgb(250,250,250)}';
    document.head.append(style);
    style.dispatchEvent(new Event('load'));
    runFrames();
    expect(dark()).toEqual([true, true]);
    document.body.classList.add('day');
    await flush();
    runFrames();
    expect(dark()).toEqual([false, false]);
    badges.stop();
    style.remove();
    document.body.removeAttribute('class');
  });

  it('asks again for every title on refresh (a revision of the mirror): a title taken off shows its "+" in the same host', async () => {
    const states: Record<string, ListedState> = {
      tt2: { status: 'watching', rating: null, watched: 1, total: 3 },
    };
    const { badges, lookup } = setup(states);
    await flush();
    const [, host] = hosts();
    expect(shows('tt2')).toBe('▸ 1/3');
    delete states.tt2;
    badges.refresh();
    await flush();
    expect(lookup).toHaveBeenCalledTimes(2);
    expect(hosts()[1]).toBe(host);
    expect(shows('tt2')).toBe('+');
    badges.stop();
  });

  it('a failed ask still gives every title its host, with its "+"; a later failure keeps what was shown', async () => {
    document.body.innerHTML = '<ul></ul>';
    for (const id of ['tt1', 'tt2']) entry(document, id);
    let ok = false;
    const badges = startListBadges(document, adapter, {
      dimCompleted: false,
      lookup: async (titles) =>
        ok
          ? { ok: true, value: titles.map(() => ({ status: 'hold', rating: null })) }
          : { ok: false, error: { kind: 'offline', message: 'offline' } },
      frame: () => 0,
    });
    await flush();
    expect(['tt1', 'tt2'].map(shows)).toEqual(['+', '+']);
    ok = true;
    badges.refresh();
    await flush();
    expect(['tt1', 'tt2'].map(shows)).toEqual(['‖', '‖']);
    ok = false;
    badges.refresh();
    await flush();
    expect(['tt1', 'tt2'].map(shows)).toEqual(['‖', '‖']);
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
