import { describe, expect, it } from 'vitest';
import { tmdb } from '../../../lib/sites/tmdb';
import { readFixture } from '../../fixtures/sites/pages';
import { edit, parseHtml } from './load-page';

const MOVIE = readFixture('tmdb/movie-603-the-matrix.html');

describe('TMDB', () => {
  it('keeps the URL authoritative: the kind follows /movie/ or /tv/, whatever the page says', () => {
    const media = tmdb.detect('https://www.themoviedb.org/tv/603-the-matrix', parseHtml(MOVIE));
    expect(media).toEqual({ site: 'tmdb', kind: 'show', ids: { tmdb: '603' }, title: 'The Matrix' });
  });

  it('reads the title from the heading that links to the title itself, not to a recommendation', () => {
    const html = edit(
      MOVIE,
      '<h2 class="title"><a href="/movie/603-the-matrix">The Matrix</a>',
      '<h2 class="title"><span>The Matrix</span>',
    );
    const media = tmdb.detect('https://www.themoviedb.org/movie/603-the-matrix', parseHtml(html));
    expect(media?.title).toBe('The Matrix'); // og:title, not "Recommendations" or "The Matrix Reloaded"
    expect(media?.year).toBeUndefined();
  });

  it('reads og tags written with name= as well as property=', () => {
    const doc = parseHtml('<head><meta name="og:title" content="Stranger Things"></head>');
    expect(tmdb.detect('https://www.themoviedb.org/tv/66732-stranger-things', doc)?.title).toBe(
      'Stranger Things',
    );
  });

  it('splits "(YYYY)" and the site suffix off <title> as a last resort', () => {
    const doc = parseHtml('<head><title>The Matrix (1999) — The Movie Database (TMDB)</title></head>');
    expect(tmdb.detect('https://www.themoviedb.org/movie/603', doc)).toEqual({
      site: 'tmdb',
      kind: 'movie',
      ids: { tmdb: '603' },
      title: 'The Matrix',
      year: 1999,
    });
  });

  it("does not take a season page's og:title for the show's title", () => {
    const doc = parseHtml('<head><meta property="og:title" content="Stranger Things: Season 1"></head>');
    expect(tmdb.detect('https://www.themoviedb.org/tv/66732-stranger-things/season/1', doc)).toEqual({
      site: 'tmdb',
      kind: 'show',
      ids: { tmdb: '66732' },
      season: 1,
    });
  });

  it('reads the id the DOM belongs to from the canonical link, else og:url', () => {
    expect(tmdb.domId?.(parseHtml(MOVIE))).toBe('603');
    expect(
      tmdb.domId?.(parseHtml('<meta property="og:url" content="https://www.themoviedb.org/tv/1399-got">')),
    ).toBe('1399');
    expect(tmdb.domId?.(parseHtml('<p>none</p>'))).toBeNull();
  });

  it('anchors at the header title block, else the actions bar, else nothing', () => {
    expect(tmdb.anchor(parseHtml(MOVIE))?.className).toContain('title');
    expect(tmdb.anchor(parseHtml('<ul class="auto actions"><li>x</li></ul>'))?.tagName).toBe('UL');
    expect(tmdb.anchor(parseHtml('<p>none</p>'))).toBeNull();
  });
});
