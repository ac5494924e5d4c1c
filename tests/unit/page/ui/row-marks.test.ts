import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { markSeasonRows } from '../../../../lib/page/badges/episode-rows';
import {
  markEpisodeRows,
  ROW_MARK_ATTRIBUTE,
  removeRowMarks,
  seasonRows,
} from '../../../../lib/page/badges/row-marks';
import { imdb } from '../../../../lib/sites/imdb';
import { readFixture } from '../../../fixtures/sites/pages';
import { fakeBackground, itemView, keepShadowRoots, settle, stubI18n } from '../helpers';

const URL_2023 = 'https://www.imdb.com/title/tt0436992/episodes/?season=4';

let rootOf: ReturnType<typeof keepShadowRoots>;

beforeEach(() => {
  stubI18n();
  rootOf = keepShadowRoots();
  document.body.innerHTML = readFixture('imdb/episodes-tt0436992-season-4-list-2023.html')
    .replace(/^[\s\S]*<body[^>]*>/, '')
    .replace(/<\/body>[\s\S]*$/, '');
});

afterEach(() => vi.restoreAllMocks());

/** Each mark's row (its name link's "S4.E13") and what the mark draws. */
function marks(): [string, string | null, string | null][] {
  return Array.from(document.querySelectorAll(`[${ROW_MARK_ATTRIBUTE}]`), (host) => {
    const inner = rootOf(host)?.querySelector('span');
    const row = /S4\.E\d+/.exec(host.previousElementSibling?.textContent ?? '')?.[0] ?? '?';
    return [row, inner?.getAttribute('data-t') ?? null, inner?.getAttribute('aria-label') ?? null];
  });
}

describe("IMDb's episode list", () => {
  it('puts a mark of one size on every row of the season, a ✓ on the watched ones only', () => {
    const listed = seasonRows(imdb.listed?.(URL_2023, document) ?? [], 4);
    expect(listed.length).toBe(3);
    markEpisodeRows(document, listed, 4, {
      known: true,
      seasons: { 4: { 12: null, 13: '2025-03-03T20:00:00Z' }, 3: { 1: null } },
    });
    expect(marks()).toEqual([
      ['S4.E1', null, null],
      ['S4.E12', '✓', 'Watched on Simkl'],
      ['S4.E13', '✓', 'Watched on Simkl'],
    ]);
    // The page sees an empty host: the words are behind a closed root, drawn by CSS.
    const host = document.querySelector(`[${ROW_MARK_ATTRIBUTE}]`);
    expect(host?.shadowRoot).toBeNull();
    expect(host?.textContent).toBe('');
  });

  it('redraws from the newest answer without piling up, and goes away on request', () => {
    const listed = seasonRows(imdb.listed?.(URL_2023, document) ?? [], 4);
    markEpisodeRows(document, listed, 4, { known: true, seasons: { 4: { 1: null } } });
    markEpisodeRows(document, listed, 4, { known: true, seasons: {} });
    expect(marks().map(([, drawn]) => drawn)).toEqual([null, null, null]);
    removeRowMarks(document);
    expect(marks()).toEqual([]);
  });

  it("takes the rows of the page's season only", () => {
    const listed = imdb.listed?.(URL_2023, document) ?? [];
    expect(seasonRows(listed, 4).map(({ media }) => media.episode)).toEqual([1, 12, 13]);
    expect(seasonRows(listed, 3)).toEqual([]);
  });
});

describe('the badges script on a season list', () => {
  const setUrl = (url: string) =>
    (window as unknown as { happyDOM: { setURL(url: string): void } }).happyDOM.setURL(url);

  it("asks the mirror for the show's episodes and marks the watched rows", async () => {
    setUrl(URL_2023);
    const background = fakeBackground({
      status: () => itemView({ type: 'show', simkl: 9200001, status: 'watching' }),
      episodes: () => ({ known: true, seasons: { 4: { 13: null } } }),
    });
    await markSeasonRows(document, imdb);
    await settle();
    expect(background.callsOf('status')).toEqual([
      {
        media: expect.objectContaining({ site: 'imdb', kind: 'show', ids: { imdb: 'tt0436992' }, season: 4 }),
      },
    ]);
    expect(background.callsOf('episodes')).toEqual([{ type: 'show', simkl: 9200001 }]);
    expect(marks().map(([row, drawn]) => `${row} ${drawn ?? '-'}`)).toEqual([
      'S4.E1 -',
      'S4.E12 -',
      'S4.E13 ✓',
    ]);
  });

  it('asks nothing on a page that lists no episode of a season, and marks nothing for an unmatched show', async () => {
    setUrl('https://www.imdb.com/title/tt0436992/');
    const background = fakeBackground({
      status: () => itemView({ known: false, simkl: undefined, type: undefined }),
    });
    await markSeasonRows(document, imdb);
    expect(background.calls).toEqual([]);
    setUrl(URL_2023);
    await markSeasonRows(document, imdb);
    expect(background.callsOf('episodes')).toEqual([]);
    expect(marks()).toEqual([]);
  });
});
