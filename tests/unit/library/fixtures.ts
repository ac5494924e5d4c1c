import { IDBFactory } from 'fake-indexeddb';
import type { LibraryEntry, SimklItem } from '../../../lib/media';

/** A fresh, empty IndexedDB for each test; stores opened afterwards use it. */
export function freshIndexedDb(): void {
  globalThis.indexedDB = new IDBFactory();
}

export interface ManualClock {
  now(): number;
  set(time: number): void;
  advance(ms: number): void;
}

export function manualClock(start = Date.UTC(2024, 5, 1)): ManualClock {
  let time = start;
  return {
    now: () => time,
    set: (next) => {
      time = next;
    },
    advance: (ms) => {
      time += ms;
    },
  };
}

export const MATRIX: SimklItem = {
  type: 'movie',
  ids: { simkl: 53992, imdb: 'tt0133093', tmdb: '603', slug: 'the-matrix' },
  title: 'The Matrix',
  year: 1999,
};
export const GOT: SimklItem = {
  type: 'show',
  ids: { simkl: 17465, imdb: 'tt0944947', tmdb: '1399', netflix: '70305903', tvdb: '121361' },
  title: 'Game of Thrones',
  year: 2011,
};
/** TMDB tv id 603 collides with The Matrix's movie id 603 on purpose. */
export const COLLIDING_SHOW: SimklItem = {
  type: 'show',
  ids: { simkl: 11111, tmdb: '603' },
  title: 'Show 603',
  year: 2001,
};
export const FMA: SimklItem = {
  type: 'anime',
  ids: { simkl: 38236, mal: '5114', imdb: 'tt1355642', anidb: '6107' },
  title: 'Fullmetal Alchemist: Brotherhood',
  year: 2009,
  animeType: 'tv',
};

export function entryOf(item: SimklItem, fields: Partial<LibraryEntry> = {}): LibraryEntry {
  return { ...item, status: 'plantowatch', rating: null, ...fields };
}
