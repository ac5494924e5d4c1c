import { describe, expect, it } from 'vitest';
import type { CalendarEntry } from '../../../lib/calendar';
import type { LibraryEntry } from '../../../lib/media';
import { selectUpNext } from '../../../lib/up-next/select';

const NOW = Date.parse('2026-12-07T12:00:00Z');
const DAY = 24 * 3600 * 1000;
const ago = (days: number) => new Date(NOW - days * DAY).toISOString();

function show(simkl: number, fields: Partial<LibraryEntry> = {}): LibraryEntry {
  return {
    type: 'show',
    ids: { simkl },
    title: `Show ${simkl}`,
    status: 'watching',
    rating: null,
    watchedEpisodes: 3,
    totalEpisodes: 10,
    notAiredEpisodes: 2,
    nextToWatch: 'S01E04',
    lastWatchedAt: ago(5),
    ...fields,
  };
}

function airing(simkl: number, airsAt: string, season: number | undefined, episode: number): CalendarEntry {
  return {
    simkl,
    type: season === undefined ? 'anime' : 'show',
    title: `Show ${simkl}`,
    airsAt,
    season,
    episode,
  };
}

const titles = (rows: ReturnType<typeof selectUpNext>) => rows.map((row) => row.entry.ids.simkl);

describe('selectUpNext', () => {
  it('lists the most recently watched first, never watched last', () => {
    const rows = selectUpNext(
      [
        show(1, { lastWatchedAt: ago(9) }),
        show(2, { lastWatchedAt: undefined }),
        show(3, { lastWatchedAt: ago(1) }),
      ],
      [],
      NOW,
    );
    expect(titles(rows)).toEqual([3, 1, 2]);
  });

  it('counts the aired episodes left from Simkl: total − watched − not aired', () => {
    const [row] = selectUpNext(
      [show(1, { totalEpisodes: 20, watchedEpisodes: 12, notAiredEpisodes: 3 })],
      [],
      NOW,
    );
    expect(row?.left).toBe(5);
    expect(row?.next).toEqual({ season: 1, episode: 4 });
  });

  it('leaves out a show whose aired episodes are all watched (it belongs to Upcoming)', () => {
    const upToDate = show(1, {
      watchedEpisodes: 8,
      totalEpisodes: 10,
      notAiredEpisodes: 2,
      nextToWatch: 'S02E01',
    });
    expect(selectUpNext([upToDate], [], NOW)).toEqual([]);
  });

  it("takes the calendar's date of the next episode: aired shows when, airing later is not listed", () => {
    const aired = show(1, { nextToWatch: 'S02E04' });
    const later = show(2, { nextToWatch: 'S01E07', notAiredEpisodes: undefined });
    const rows = selectUpNext(
      [aired, later],
      [airing(1, ago(3), 2, 4), airing(2, ago(-2), 1, 7), airing(1, ago(-4), 2, 5)],
      NOW,
    );
    expect(titles(rows)).toEqual([1]);
    expect(rows[0]?.airedAt).toBe(ago(3));
  });

  it('invents no air date: without a calendar entry for the episode, none is given', () => {
    const [row] = selectUpNext([show(1)], [airing(1, ago(2), 1, 3)], NOW);
    expect(row?.airedAt).toBeUndefined();
  });

  it('without Simkl’s not-aired count, a later airing before the next episode keeps it off the list', () => {
    const unknown = { notAiredEpisodes: undefined };
    const rows = selectUpNext(
      [show(1, { ...unknown, nextToWatch: 'S03E05' }), show(2, { ...unknown, nextToWatch: 'S03E01' })],
      [airing(1, ago(-1), 3, 4), airing(2, ago(-1), 3, 6)],
      NOW,
    );
    expect(titles(rows)).toEqual([2]);
    expect(rows[0]?.left).toBeUndefined();
  });

  it('never lists a show on hold, dropped, planned or completed, nor a movie', () => {
    const rows = selectUpNext(
      [
        show(1, { status: 'hold' }),
        show(2, { status: 'dropped' }),
        show(3, { status: 'plantowatch' }),
        show(4, { status: 'completed' }),
        { ...show(5), type: 'movie' },
        show(6),
      ],
      [],
      NOW,
    );
    expect(titles(rows)).toEqual([6]);
  });

  it('leaves out a next episode that is a special (season 0) or that Simkl does not name', () => {
    const rows = selectUpNext(
      [show(1, { nextToWatch: 'S00E02' }), show(2, { nextToWatch: null }), show(3, { nextToWatch: 'soon' })],
      [],
      NOW,
    );
    expect(rows).toEqual([]);
  });

  it("reads an anime's absolute numbering (E148) and matches the anime file's entry by episode", () => {
    const anime: LibraryEntry = {
      ...show(7, { nextToWatch: 'E148', watchedEpisodes: 147, totalEpisodes: 150, notAiredEpisodes: 1 }),
      type: 'anime',
    };
    const [row] = selectUpNext([anime], [airing(7, ago(1), undefined, 148)], NOW);
    expect(row).toMatchObject({ next: { episode: 148 }, left: 2, airedAt: ago(1) });
    expect(row?.next.season).toBeUndefined();
  });

  it("does not take another season's episode of the same number for the next one's date", () => {
    const [row] = selectUpNext([show(1, { nextToWatch: 'S02E04' })], [airing(1, ago(2), 1, 4)], NOW);
    expect(row?.airedAt).toBeUndefined();
  });
});
