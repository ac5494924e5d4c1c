/**
 * A made-up library of any size, the same on every run (a seeded generator): the index's size test
 * and the update bench measure the same 5,000 titles. Proportions like a long-time user's: half
 * films, a third shows, the rest anime; most with IMDb and TMDB ids, anime with MAL ids.
 */
import type { LibraryEntry, ListStatus, SimklType } from '../../../lib/media';

function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let mixed = Math.imul(state ^ (state >>> 15), 1 | state);
    mixed = (mixed + Math.imul(mixed ^ (mixed >>> 7), 61 | mixed)) ^ mixed;
    return ((mixed ^ (mixed >>> 14)) >>> 0) / 4294967296;
  };
}

const STATUSES: ListStatus[] = [
  'completed',
  'completed',
  'completed',
  'plantowatch',
  'watching',
  'hold',
  'dropped',
];

export function seededLibrary(size: number, seed = 12): LibraryEntry[] {
  const random = mulberry32(seed);
  const pick = (max: number) => Math.floor(random() * max);
  return Array.from({ length: size }, (_, index): LibraryEntry => {
    const roll = random();
    const type: SimklType = roll < 0.5 ? 'movie' : roll < 0.85 ? 'show' : 'anime';
    const status =
      type === 'movie'
        ? ((['completed', 'completed', 'plantowatch', 'dropped'] as ListStatus[])[pick(4)] as ListStatus)
        : (STATUSES[pick(STATUSES.length)] as ListStatus);
    const imdb = `tt${String(pick(type === 'anime' ? 20_000_000 : 30_000_000)).padStart(7, '0')}`;
    const entry: LibraryEntry = {
      type,
      ids: { simkl: 100_000 + index * 7, slug: `title-${index}` },
      title: `Title ${index}`,
      year: 1950 + pick(75),
      status,
      rating: random() < 0.45 ? 1 + pick(10) : null,
    };
    if (type !== 'anime' || random() < 0.4) entry.ids.imdb = imdb;
    if (random() < 0.93) entry.ids.tmdb = String(1 + pick(1_200_000));
    if (type === 'anime') {
      entry.ids.mal = String(1 + pick(60_000));
      entry.animeType = random() < 0.15 ? 'movie' : 'tv';
    }
    if (type !== 'movie') {
      const total = 6 + pick(120);
      entry.totalEpisodes = total;
      entry.watchedEpisodes = status === 'completed' ? total : pick(total);
      if (status === 'watching')
        entry.nextToWatch =
          type === 'anime'
            ? `E${entry.watchedEpisodes + 1}`
            : `S0${1 + pick(8)}E${String(1 + pick(20)).padStart(2, '0')}`;
    }
    return entry;
  });
}
