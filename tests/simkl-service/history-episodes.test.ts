// The bodies the extension's several-episode writes send (lib/simkl/write-bodies.ts; docs/architecture.md, Episodes and seasons),
// landed on the service: exactly those episodes marked, or taken back, and the show kept.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { HistoryWrite } from '../../lib/simkl/api';
import { historyBody } from '../../lib/simkl/write-bodies';
import { DEMO_USER, type RunningSimklService, startSimklService } from './index';
import { api, fakeClock } from './test-client';

const clock = fakeClock();
let svc: RunningSimklService;
let token: string;

beforeAll(async () => {
  svc = await startSimklService({ now: clock.now, rateLimits: false });
});
afterAll(() => svc.close());
beforeEach(() => {
  svc.control.reset();
  token = svc.control.issueToken(DEMO_USER.id).access_token;
  clock.advance(60_000);
});

type Season = { number: number; episodes: Array<{ number: number }> };
/** An all-items row: the title under `show` or `anime`, its watched seasons beside it. */
type Row = { show?: { ids: { simkl: number } }; anime?: { ids: { simkl: number } }; seasons?: Season[] };

const BREAKING_BAD = { type: 'show', ids: { simkl: 11121 }, title: 'Breaking Bad', year: 2008 } as const;
const DEATH_NOTE = { type: 'anime', ids: { simkl: 9300001 }, title: 'Death Note', year: 2006 } as const;
const WATCHED_AT = '2025-03-03T20:00:00.000Z';

const send = (path: string, items: HistoryWrite[]) =>
  api(svc, path, { token, method: 'POST', body: historyBody(items) });
const seasons = (...list: Array<[number, number[]]>): Season[] =>
  list.map(([number, episodes]) => ({ number, episodes: episodes.map((n) => ({ number: n })) }));

/** Season → the episode numbers watched, as all-items (extended=full) lists them. */
async function watched(simkl: number): Promise<Record<number, number[]> | null> {
  const res = await api(svc, '/sync/all-items?extended=full&episode_watched_at=yes', { token });
  const library = res.json<Record<string, Row[]>>();
  const row = [...(library.shows ?? []), ...(library.anime ?? [])].find(
    (item) => (item.show ?? item.anime)?.ids.simkl === simkl,
  );
  if (!row) return null;
  return Object.fromEntries(
    (row.seasons ?? []).map((season) => [season.number, season.episodes.map((ep) => ep.number)]),
  );
}

describe('several episodes in one history item', () => {
  it('marks exactly the episodes named, across seasons', async () => {
    const res = await send('/sync/history', [
      { ...BREAKING_BAD, watchedAt: WATCHED_AT, seasons: seasons([1, [3, 4, 5]], [2, [1, 2]]) },
    ]);
    expect(res.status).toBe(201);
    expect(res.json()).toMatchObject({ added: { shows: 1, episodes: 5 } });
    expect(await watched(11121)).toEqual({ 1: [3, 4, 5], 2: [1, 2] });
  });

  it("marks an anime's episodes in its season 1, sent under shows as the client does", async () => {
    const body = historyBody([{ ...DEATH_NOTE, watchedAt: WATCHED_AT, seasons: seasons([1, [1, 2, 3]]) }]);
    expect(body).toHaveProperty('shows');
    await send('/sync/history', [{ ...DEATH_NOTE, watchedAt: WATCHED_AT, seasons: seasons([1, [1, 2, 3]]) }]);
    expect(await watched(9300001)).toEqual({ 1: [1, 2, 3] });
  });
});

describe('taking episodes back', () => {
  beforeEach(async () => {
    await send('/sync/history', [{ ...BREAKING_BAD, seasons: seasons([1, [1, 2, 3]], [2, [1, 2]]) }]);
  });

  it('by episode: only that one leaves the history, the show stays listed', async () => {
    const res = await send('/sync/history/remove', [{ ...BREAKING_BAD, seasons: seasons([1, [2]]) }]);
    expect(res.json()).toEqual({
      deleted: { movies: 0, shows: 0, episodes: 1 },
      not_found: { movies: [], shows: [] },
    });
    expect(await watched(11121)).toEqual({ 1: [1, 3], 2: [1, 2] });
  });

  it('by season, every watched episode named: that season goes, the other stays', async () => {
    const res = await send('/sync/history/remove', [{ ...BREAKING_BAD, seasons: seasons([1, [1, 2, 3]]) }]);
    expect(res.json()).toMatchObject({ deleted: { shows: 0, episodes: 3 } });
    expect(await watched(11121)).toEqual({ 2: [1, 2] });
  });

  it('by season without a list (the contract’s whole season): the same, and the item is kept', async () => {
    const res = await api(svc, '/sync/history/remove', {
      token,
      method: 'POST',
      body: { shows: [{ ids: { simkl: 11121 }, seasons: [{ number: 2 }] }] },
    });
    expect(res.json()).toMatchObject({ deleted: { shows: 0, episodes: 2 } });
    expect(await watched(11121)).toEqual({ 1: [1, 2, 3] });
  });
});
