/**
 * The index of a 5,000-title library stays small (≤ 300 KB): measured as the bytes
 * storage.local keeps (its JSON), for a seeded library, so the figure is the same on every run.
 */
import { describe, expect, it } from 'vitest';
import { decodeTitleIndex, mapLookup, scanLookup } from '../../../lib/title-index/decode';
import { encodeTitleIndex } from '../../../lib/title-index/encode';
import { TITLE_INDEX_VERSION } from '../../../lib/title-index/format';
import { seededLibrary } from './seeded-library';

const LIBRARY = seededLibrary(5_000);
const bytesOf = (value: unknown) => new TextEncoder().encode(JSON.stringify(value)).length;

describe('the title index of a 5,000-title library', () => {
  const stored = encodeTitleIndex(LIBRARY, 1);

  it('is under 300 KB as storage.local keeps it, and always the same size', () => {
    const bytes = bytesOf(stored);
    console.info(`title index, 5,000 titles: ${bytes} bytes (${(bytes / 1024).toFixed(1)} KiB)`);
    expect(bytes).toBeLessThanOrEqual(300_000);
    expect(bytes).toBe(145_024);
  });

  it('keeps every title a page can name, and finds each again', () => {
    expect(stored.count).toBe(LIBRARY.length);
    const find = decodeTitleIndex({ v: TITLE_INDEX_VERSION, user: 1 }, stored, mapLookup);
    const missed = LIBRARY.filter((entry) => {
      const kind = entry.type === 'anime' ? 'anime' : entry.type;
      const ids = entry.ids.mal ? { mal: entry.ids.mal } : { imdb: entry.ids.imdb, tmdb: entry.ids.tmdb };
      return find?.({ ids, kind })?.status === undefined;
    });
    // Only titles whose every id another title of the seeded library shares may be missed.
    expect(missed.length).toBeLessThan(25);
  });

  it('answers the same whether it searches the text (a few lookups) or maps every row (many)', () => {
    const pointer = { v: TITLE_INDEX_VERSION, user: 1 };
    const mapped = decodeTitleIndex(pointer, stored, mapLookup);
    const queries = LIBRARY.slice(0, 300).flatMap((entry) => [
      { ids: { imdb: entry.ids.imdb }, kind: entry.type === 'movie' ? ('movie' as const) : undefined },
      {
        ids: { tmdb: entry.ids.tmdb },
        kind: entry.type === 'movie' ? ('movie' as const) : ('show' as const),
      },
      { ids: { mal: entry.ids.mal } },
    ]);
    const viaMap = queries.map((query) => mapped?.(query) ?? null);
    const viaScan = queries.map((query) => decodeTitleIndex(pointer, stored, scanLookup)?.(query) ?? null);
    expect(viaScan).toEqual(viaMap);
    expect(viaMap.filter(Boolean).length).toBeGreaterThan(500);
  });
});
