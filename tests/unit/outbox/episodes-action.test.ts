// The several-episode write (docs/architecture.md, Episodes and seasons): one history item with seasons → episodes, its
// optimistic patch and revert, its label, and that it never merges with another episode write.
import { beforeEach, describe, expect, it } from 'vitest';
import { SimklError } from '../../../lib/errors';
import type { EpisodesAction } from '../../../lib/outbox/types';
import type { HistoryWrite } from '../../../lib/simkl/api';
import { entryOf, FMA, freshIndexedDb, GOT } from '../library/fixtures';
import { stubI18n } from '../page/helpers';
import { createHarness, got, type Harness, writeCalls } from './harness';

const AT = '2025-03-03T20:00:00.000Z';
let h: Harness;

const watch = (seasons: EpisodesAction['seasons']): EpisodesAction => ({
  kind: 'episodes',
  mode: 'watch',
  seasons,
});
const unwatch = (seasons: EpisodesAction['seasons']): EpisodesAction => ({
  kind: 'episodes',
  mode: 'unwatch',
  seasons,
});
function sentItem(method: 'addToHistory' | 'removeFromHistory'): HistoryWrite {
  const items = h.simkl.callsOf(method).at(-1)?.args[0] as HistoryWrite[] | undefined;
  if (!items?.[0]) throw new Error(`no ${method} call`);
  return items[0];
}

beforeEach(async () => {
  freshIndexedDb();
  stubI18n();
  h = createHarness();
  h.simkl.seed({
    ...entryOf(GOT, { status: 'watching', watchedEpisodes: 2, totalEpisodes: 73 }),
    episodes: { 1: { 1: AT, 2: AT } },
  });
  await h.library.sync();
  h.simkl.resetCalls();
});

describe('sending', () => {
  it('marks several episodes in ONE /sync/history item, seasons → episodes', async () => {
    await h.outbox.enqueue(
      got,
      watch([
        { number: 1, episodes: [3, 4] },
        { number: 2, episodes: [1] },
      ]),
    );
    await h.outbox.flush();
    expect(writeCalls(h)).toEqual(['addToHistory']);
    expect(h.simkl.callsOf('addToHistory')[0]!.args[0]).toHaveLength(1);
    expect(sentItem('addToHistory')).toMatchObject({
      type: 'show',
      ids: { simkl: GOT.ids.simkl },
      seasons: [
        { number: 1, episodes: [{ number: 3 }, { number: 4 }] },
        { number: 2, episodes: [{ number: 1 }] },
      ],
    });
    expect(sentItem('addToHistory').useTvdbAnimeSeasons).toBeUndefined();
    expect(await h.library.episodes('show', GOT.ids.simkl)).toMatchObject({ 1: { 3: expect.any(String) } });
  });

  it('takes episodes back with /sync/history/remove naming them, never the whole show', async () => {
    await h.outbox.enqueue(got, unwatch([{ number: 1, episodes: [2] }]));
    await h.outbox.flush();
    expect(writeCalls(h)).toEqual(['removeFromHistory']);
    const item = sentItem('removeFromHistory');
    expect(item.seasons).toEqual([{ number: 1, episodes: [{ number: 2 }] }]);
    expect(item.watchedAt).toBeUndefined();
    expect(h.simkl.entry('show', GOT.ids.simkl)).toMatchObject({ status: 'watching' });
  });

  it('refuses an unwatch that names no episode instead of removing the show', async () => {
    await h.outbox.enqueue(got, unwatch([{ number: 1, episodes: [] }]));
    await h.outbox.flush();
    expect(writeCalls(h)).toEqual([]);
    expect((await h.outbox.pending()).writes).toEqual([
      expect.objectContaining({ state: 'failed', error: expect.objectContaining({ kind: 'bad-request' }) }),
    ]);
    expect(h.simkl.entry('show', GOT.ids.simkl)).not.toBeNull();
  });

  it("says TVDB numbering for an anime's history write only", async () => {
    h.simkl.seed(entryOf(FMA, { status: 'watching' }));
    await h.library.sync();
    const fma = { type: 'anime' as const, ids: { simkl: FMA.ids.simkl }, title: FMA.title };
    await h.outbox.enqueue(fma, { ...watch([{ number: 2, episodes: [3] }]), tvdbSeasons: true });
    // The mirror counts an anime in its own numbering: TVDB's season 2 is not this entry's to patch.
    expect(await h.library.episodes('anime', FMA.ids.simkl)).toEqual({});
    await h.outbox.flush();
    expect(sentItem('addToHistory')).toMatchObject({ useTvdbAnimeSeasons: true });
  });
});

describe('optimistic state', () => {
  it('moves the counts and the per-episode state at once, and reverts them when the write fails', async () => {
    h.simkl.fail('addToHistory', new SimklError('bad-request', 'no'));
    await h.outbox.enqueue(got, watch([{ number: 1, episodes: [3, 4, 5] }]));
    expect(await h.library.lookup({ imdb: 'tt0944947' })).toMatchObject({ watchedEpisodes: 5 });
    expect(Object.keys((await h.library.episodes('show', GOT.ids.simkl))?.[1] ?? {})).toEqual([
      '1',
      '2',
      '3',
      '4',
      '5',
    ]);
    await h.outbox.flush();
    expect((await h.outbox.pending()).failed).toBe(1);
    expect(await h.library.lookup({ imdb: 'tt0944947' })).toMatchObject({ watchedEpisodes: 2 });
    expect(await h.library.episodes('show', GOT.ids.simkl)).toEqual({ 1: { 1: AT, 2: AT } });
  });

  it('takes unwatched episodes out of the count and the mirror before the send', async () => {
    await h.outbox.enqueue(got, unwatch([{ number: 1, episodes: [1, 2] }]));
    expect(await h.library.lookup({ imdb: 'tt0944947' })).toMatchObject({ watchedEpisodes: 0 });
    expect(await h.library.episodes('show', GOT.ids.simkl)).toEqual({});
  });
});

describe('pending list', () => {
  it('labels several episodes by count and one by its code', async () => {
    await h.outbox.enqueue(got, watch([{ number: 1, episodes: [3, 4, 5, 6, 7] }]));
    await h.outbox.enqueue(got, unwatch([{ number: 1, episodes: [3, 4] }]));
    await h.outbox.enqueue(got, unwatch([{ number: 2, episodes: [5] }]));
    expect((await h.outbox.pending()).writes.map((write) => write.label)).toEqual([
      'Game of Thrones: 5 episodes → watched',
      'Game of Thrones: 2 episodes → not watched',
      'Game of Thrones: S02E05 → not watched',
    ]);
  });

  it('never merges a watch and an unwatch of the same episodes: both go, in order', async () => {
    await h.outbox.enqueue(got, watch([{ number: 1, episodes: [3] }]));
    await h.outbox.enqueue(got, unwatch([{ number: 1, episodes: [3] }]));
    await h.outbox.enqueue(got, watch([{ number: 1, episodes: [3] }]));
    expect((await h.outbox.pending()).pending).toBe(3);
    await h.outbox.flush();
    expect(writeCalls(h)).toEqual(['addToHistory', 'removeFromHistory', 'addToHistory']);
    expect(await h.library.episodes('show', GOT.ids.simkl)).toMatchObject({ 1: { 3: expect.any(String) } });
  });

  it('is dropped by a later removal of the title, which takes the history with it', async () => {
    await h.outbox.enqueue(got, watch([{ number: 1, episodes: [3] }]));
    await h.outbox.enqueue(got, { kind: 'remove' });
    expect((await h.outbox.pending()).writes).toHaveLength(1);
  });
});

describe('an uncertain send', () => {
  it('is checked against Simkl and not marked twice when it did land', async () => {
    h.simkl.fail('addToHistory', new SimklError('offline', 'connection reset'), { applied: true });
    await h.outbox.enqueue(got, watch([{ number: 1, episodes: [3, 4] }]));
    await h.outbox.flush();
    expect((await h.outbox.pending()).writes).toEqual([expect.objectContaining({ state: 'queued' })]);
    h.clock.advance(2000);
    await h.outbox.flush();
    expect(h.simkl.callsOf('addToHistory')).toHaveLength(1);
    expect((await h.outbox.pending()).writes).toEqual([]);
  });

  it('sends the episodes again when they did not land, though another device moved the show meanwhile', async () => {
    h.simkl.fail('addToHistory', new SimklError('offline', 'connection reset'), { applied: false });
    await h.outbox.enqueue(got, watch([{ number: 1, episodes: [3, 4] }]));
    await h.outbox.flush();
    // Episode 7 marked elsewhere: the show's counters and last-watched time move, ours did not land.
    const LATER = '2025-03-04T20:00:00.000Z';
    h.simkl.seed({
      ...entryOf(GOT, { status: 'watching', watchedEpisodes: 3, totalEpisodes: 73, lastWatchedAt: LATER }),
      episodes: { 1: { 1: AT, 2: AT, 7: LATER } },
    });
    h.clock.advance(2000);
    await h.outbox.flush();
    expect(h.simkl.callsOf('addToHistory')).toHaveLength(2);
    expect((await h.outbox.pending()).writes).toEqual([]);
    expect(Object.keys((await h.library.episodesTruth('show', GOT.ids.simkl))?.[1] ?? {})).toEqual(
      expect.arrayContaining(['3', '4', '7']),
    );
  });

  it('sends an unwatch again when Simkl still counts the episodes (a removal twice is harmless)', async () => {
    h.simkl.fail('removeFromHistory', new SimklError('offline', 'connection reset'), { applied: false });
    await h.outbox.enqueue(got, unwatch([{ number: 1, episodes: [2] }]));
    await h.outbox.flush();
    h.clock.advance(2000);
    await h.outbox.flush();
    expect(h.simkl.callsOf('removeFromHistory')).toHaveLength(2);
    expect(await h.library.episodes('show', GOT.ids.simkl)).toEqual({ 1: { 1: AT } });
  });
});
