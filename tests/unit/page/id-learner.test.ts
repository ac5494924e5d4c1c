import { describe, expect, it } from 'vitest';
import type { DetectedMedia } from '../../../lib/media';
import { createIdLearner } from '../../../lib/page/learned-ids/id-learner';
import type { ListedTitle } from '../../../lib/sites/adapter';
import type { LearnedIds, LearnedIdsBySlug } from '../../../lib/store/learned-ids';

const slugMedia = (slug: string): DetectedMedia => ({
  site: 'letterboxd',
  kind: 'movie',
  ids: { letterboxd: slug },
});

/** A list of `count` posters, the first `inView` of them on screen; Letterboxd's pages and a store in memory. */
function world(count: number, stored: LearnedIdsBySlug = {}) {
  const entries: ListedTitle[] = Array.from({ length: count }, (_, index) => ({
    element: { id: `poster-${index}` } as unknown as Element,
    media: slugMedia(`film-${index}`),
  }));
  const store: LearnedIdsBySlug = { ...stored };
  const asked: string[] = [];
  const waits: number[] = [];
  let observed: Element[] = [];
  let reportVisible: (elements: Element[]) => void = () => {};
  const learner = createIdLearner({
    key: 'letterboxd',
    load: async () => ({ ...store }),
    save: async (learned) => void Object.assign(store, learned),
    learn: async (slug): Promise<LearnedIds | null> => {
      asked.push(slug);
      if (slug === 'film-broken') return null;
      return { ids: { tmdb: String(1000 + Number(slug.split('-')[1])) }, kind: 'movie' };
    },
    gapMs: 500,
    watchInView(onVisible) {
      reportVisible = onVisible;
      return {
        observe: (element) => void observed.push(element),
        stop: () => {
          observed = [];
        },
      };
    },
    wait: async (ms) => void waits.push(ms),
  });
  const seenByLookup: DetectedMedia[][] = [];
  let refreshes = 0;
  const lookup = learner.wrap(
    async (titles) => {
      seenByLookup.push(titles);
      return titles.map((title) => title.ids.tmdb ?? null);
    },
    () => entries,
    () => refreshes++,
  );
  const scrollTo = async (from: number, to: number) => {
    reportVisible(
      entries
        .slice(from, to)
        .map((entry) => entry.element)
        .filter((e) => observed.includes(e)),
    );
    await new Promise((resolve) => setTimeout(resolve, 10));
  };
  return {
    entries,
    store,
    asked,
    waits,
    lookup,
    scrollTo,
    seenByLookup,
    refreshes: () => refreshes,
    learner,
  };
}

describe('learning a list’s missing ids from the site', () => {
  it('adds the ids learned before to each title, asking the site nothing', async () => {
    const w = world(2, { 'film-0': { ids: { tmdb: '603', imdb: 'tt0133093' }, kind: 'movie' } });
    const answer = await w.lookup(w.entries.map((entry) => entry.media));
    expect(answer).toEqual(['603', null]);
    expect(w.seenByLookup[0]?.[0]).toEqual({
      site: 'letterboxd',
      kind: 'movie',
      ids: { letterboxd: 'film-0', tmdb: '603', imdb: 'tt0133093' },
    });
    expect(w.asked).toEqual([]);
  });

  it('learns only the entries that come into view, one after another with the gap between', async () => {
    const w = world(10);
    await w.lookup(w.entries.map((entry) => entry.media));
    expect(w.asked).toEqual([]);
    await w.scrollTo(0, 3);
    expect(w.asked).toEqual(['film-0', 'film-1', 'film-2']);
    expect(w.waits).toEqual([500, 500]);
    expect(Object.keys(w.store).sort()).toEqual(['film-0', 'film-1', 'film-2']);
    expect(w.refreshes()).toBe(3);
    const again = await w.lookup(w.entries.map((entry) => entry.media));
    expect(again.slice(0, 4)).toEqual(['1000', '1001', '1002', null]);
  });

  it('costs a 100-entry list one page per poster in view on the first visit and none on the second', async () => {
    const first = world(100);
    await first.lookup(first.entries.map((entry) => entry.media));
    await first.scrollTo(0, 24);
    await first.scrollTo(24, 100);
    expect(first.asked).toHaveLength(100);
    const second = world(100, first.store);
    await second.lookup(second.entries.map((entry) => entry.media));
    await second.scrollTo(0, 100);
    expect(second.asked).toEqual([]);
  });

  it('keeps no answer for a page it could not read, so the next visit asks again', async () => {
    const w = world(1);
    w.entries[0] = { element: w.entries[0]?.element as Element, media: slugMedia('film-broken') };
    await w.lookup([slugMedia('film-broken')]);
    await w.scrollTo(0, 1);
    expect(w.asked).toEqual(['film-broken']);
    expect(w.store).toEqual({});
  });

  it('asks nothing more once stopped (the page left, the script invalidated)', async () => {
    const w = world(5);
    await w.lookup(w.entries.map((entry) => entry.media));
    w.learner.stop();
    await w.scrollTo(0, 5);
    expect(w.asked).toEqual([]);
  });
});
