/** The index's format: what goes in comes out, under the same ids and rules as the mirror's lookups. */
import { describe, expect, it } from 'vitest';
import { listedState } from '../../../lib/background/items/list-handlers';
import type { DetectedMedia, LibraryEntry } from '../../../lib/media';
import { itemView } from '../../../lib/read-model/item-view';
import { lookupTarget } from '../../../lib/resolve/kinds';
import { decodeTitleIndex, scanLookup } from '../../../lib/title-index/decode';
import { encodeRow, encodeTitleIndex } from '../../../lib/title-index/encode';
import { TITLE_INDEX_VERSION } from '../../../lib/title-index/format';
import { itemViewOf, listedStateOf } from '../../../lib/title-index/views';
import { COLLIDING_SHOW, entryOf, FMA, GOT, MATRIX } from '../library/fixtures';

const ENTRIES: LibraryEntry[] = [
  entryOf(MATRIX, { status: 'completed', rating: 9 }),
  entryOf(GOT, { status: 'watching', watchedEpisodes: 14, totalEpisodes: 73, nextToWatch: 'S02E05' }),
  entryOf(COLLIDING_SHOW, { status: 'hold' }),
  entryOf(FMA, { status: 'dropped', rating: 10, watchedEpisodes: 3 }),
];
const POINTER = { v: TITLE_INDEX_VERSION, user: 7 };
const stored = encodeTitleIndex(ENTRIES, 7);
const find = decodeTitleIndex(POINTER, stored, scanLookup);

describe('the title index format', () => {
  it('writes one short row per title, scoping TMDB ids and dropping empty fields at the end', () => {
    expect(stored.rows.split('\n')).toEqual([
      'mc|9||||tt0133093|m603',
      'sw||14|73|S02E05|tt0944947|t1399||70305903||121361',
      'sh||||||t603',
      'ad|10|3|||tt1355642||5114||6107',
    ]);
    expect(stored).toMatchObject({ v: TITLE_INDEX_VERSION, user: 7, count: 4 });
  });

  it('leaves out a title no page can name', () => {
    const bare = entryOf({ type: 'movie', ids: { simkl: 5 } }, { status: 'completed' });
    expect(encodeTitleIndex([bare], 7).count).toBe(0);
  });

  it('keeps the separators out of a row', () => {
    const odd = entryOf({ type: 'show', ids: { simkl: 6, imdb: 'tt1|2' } }, { nextToWatch: 'S1\nE2' });
    expect(encodeRow(odd)).toBe('sp||||S1E2');
  });

  it('finds a title by each of its ids, and an episode by its show', () => {
    expect(find?.({ ids: { imdb: 'tt0133093' }, kind: 'movie' })).toEqual({
      type: 'movie',
      status: 'completed',
      rating: 9,
    });
    expect(find?.({ ids: { tmdb: '1399' }, kind: 'show' })?.next).toBe('S02E05');
    expect(find?.({ ids: { netflix: '70305903' } })?.status).toBe('watching');
    expect(find?.({ ids: { mal: '5114' }, kind: 'anime' })?.status).toBe('dropped');
    // AniDB and TVDB ids, which Simkl's library carries: an AniDB or TheTVDB page needs no request.
    expect(find?.({ ids: { anidb: '6107' }, kind: 'anime' })?.status).toBe('dropped');
    expect(find?.({ ids: { tvdb: '121361' }, kind: 'show' })?.status).toBe('watching');
    expect(find?.({ ids: { tvdb: '6107' }, kind: 'show' })).toBeNull();
    const episode: DetectedMedia = {
      site: 'imdb',
      kind: 'episode',
      ids: { imdb: 'tt1' },
      show: { ids: { imdb: 'TT0944947' } },
    };
    expect(find?.(lookupTarget(episode))?.status).toBe('watching');
  });

  it('tells a TMDB film from the TV show with the same number, and respects the page kind', () => {
    expect(find?.({ ids: { tmdb: '603' }, kind: 'movie' })?.type).toBe('movie');
    expect(find?.({ ids: { tmdb: '603' }, kind: 'show' })).toMatchObject({ type: 'show', status: 'hold' });
    expect(find?.({ ids: { imdb: 'tt0133093' }, kind: 'show' })).toBeNull();
    expect(find?.({ ids: { imdb: 'tt9999999' } })).toBeNull();
  });

  it('shows what the background shows: the badges’ states and the control’s view', () => {
    for (const entry of ENTRIES) {
      const title = find?.({ ids: entry.ids, kind: entry.type === 'movie' ? 'movie' : 'show' });
      if (!title) throw new Error(`${entry.title} not found`);
      expect(listedStateOf(title)).toEqual(listedState(entry));
      const background = itemView({ item: entry, truth: entry, writes: [], target: { ids: entry.ids } });
      const { status, rating, progress, type, pendingWrites, signedIn, known } = background;
      expect(itemViewOf(title)).toEqual({ status, rating, progress, type, pendingWrites, signedIn, known });
    }
  });
});

describe('an index the page must not trust reads as none', () => {
  it.each([
    ['another version in the pointer', { ...POINTER, v: TITLE_INDEX_VERSION + 1 }, stored],
    ['another version in the index', POINTER, { ...stored, v: TITLE_INDEX_VERSION + 1 }],
    ['an older shape', POINTER, { v: TITLE_INDEX_VERSION, user: 7, rows: ['mc|9'] }],
    ['another user’s index', { ...POINTER, user: 8 }, stored],
    ['no pointer (signed out)', undefined, stored],
    ['no index', POINTER, undefined],
  ])('%s', (_case, pointer, index) => {
    expect(decodeTitleIndex(pointer, index, scanLookup)).toBeNull();
  });
});
