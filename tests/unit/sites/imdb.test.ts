import { describe, expect, it } from 'vitest';
import { imdb } from '../../../lib/sites/imdb';
import { readFixture } from '../../fixtures/sites/pages';
import { edit, edits, parseHtml } from './load-page';

const MATRIX = readFixture('imdb/movie-tt0133093-the-matrix.html');
const EPISODE = readFixture('imdb/episode-tt1205438-journeys-end.html');
const withoutNextData = (html: string) => edit(html, /<script id="__NEXT_DATA__"[\s\S]*?<\/script>/, '');
const withoutJsonLd = (html: string) =>
  edit(html, /<script type="application\/ld\+json">[\s\S]*?<\/script>/, '');
/** The Matrix page after navigating to The Usual Suspects: pageConst, og:title and hero updated. */
const NEW_HEAD_AND_HERO: [string, string][] = [
  ['content="tt0133093"', 'content="tt0114814"'],
  [
    '<meta property="og:title" content="The Matrix (1999) - IMDb">',
    '<meta property="og:title" content="The Usual Suspects (1995) - IMDb">',
  ],
  [
    '<span class="hero-title-text">The Matrix</span>',
    '<span class="hero-title-text">The Usual Suspects</span>',
  ],
];

describe('IMDb after client-side navigation', () => {
  const url = 'https://www.imdb.com/title/tt0114814/';

  it('gives only what the URL says while imdb:pageConst still names the previous title', () => {
    const doc = parseHtml(MATRIX);
    expect(imdb.domId?.(doc)).toBe('tt0133093');
    expect(imdb.detect(url, doc)).toEqual({ site: 'imdb', ids: { imdb: 'tt0114814' } });
  });

  it('keeps the show and season of an episode list while stale', () => {
    const doc = parseHtml(MATRIX);
    expect(imdb.detect('https://www.imdb.com/title/tt0436992/episodes/?season=4', doc)).toEqual({
      site: 'imdb',
      kind: 'show',
      ids: { imdb: 'tt0436992' },
      season: 4,
    });
  });

  it('ignores a stale __NEXT_DATA__ once the head names the new title', () => {
    // What the fixture's navigation script leaves behind: new head, new hero, old __NEXT_DATA__.
    const html = edits(MATRIX, [
      ...NEW_HEAD_AND_HERO,
      [
        '"url":"/title/tt0133093/","name":"The Matrix"',
        '"url":"/title/tt0114814/","name":"The Usual Suspects"',
      ],
    ]);
    expect(imdb.detect(url, parseHtml(html))).toEqual({
      site: 'imdb',
      kind: 'movie',
      ids: { imdb: 'tt0114814' },
      title: 'The Usual Suspects',
      year: 1995,
    });
  });

  it('ignores JSON-LD that still describes the previous title', () => {
    const html = edits(MATRIX, NEW_HEAD_AND_HERO);
    expect(html).toContain('"url":"/title/tt0133093/","name":"The Matrix"');
    expect(imdb.detect(url, parseHtml(html))).toEqual({
      site: 'imdb',
      kind: 'movie', // og:type
      ids: { imdb: 'tt0114814' },
      title: 'The Usual Suspects', // the hero, not the stale JSON-LD
      year: 1995,
    });
  });

  it('uses the canonical link as the DOM id when imdb:pageConst is missing', () => {
    const doc = parseHtml(edit(MATRIX, /<meta property="imdb:pageConst"[^>]*>/, ''));
    expect(imdb.domId?.(doc)).toBe('tt0133093');
    expect(imdb.detect(url, doc)).toEqual({ site: 'imdb', ids: { imdb: 'tt0114814' } });
  });
});

describe('IMDb signal fallbacks', () => {
  const url = 'https://www.imdb.com/title/tt0133093/';

  it('reads type and title from JSON-LD and the year from og:title without __NEXT_DATA__', () => {
    expect(imdb.detect(url, parseHtml(withoutNextData(MATRIX)))).toEqual({
      site: 'imdb',
      kind: 'movie',
      ids: { imdb: 'tt0133093' },
      title: 'The Matrix',
      year: 1999,
    });
  });

  it('falls back to og:type and the hero h1 with neither script', () => {
    const doc = parseHtml(
      edit(withoutJsonLd(withoutNextData(MATRIX)), /<meta property="og:title"[^>]*>/, ''),
    );
    expect(imdb.detect(url, doc)).toEqual({
      site: 'imdb',
      kind: 'movie',
      ids: { imdb: 'tt0133093' },
      title: 'The Matrix',
      year: 1999, // from <title>
    });
  });

  it('decodes entities in JSON-LD names', () => {
    const media = imdb.detect('https://m.imdb.com/title/tt1205438/', parseHtml(withoutNextData(EPISODE)));
    expect(media?.title).toBe("Journey's End");
  });

  it('takes the parent series and S/E from the hero when __NEXT_DATA__ is unusable', () => {
    const html = edit(EPISODE, '"tconst":"tt1205438"', '"tconst":"tt9999999"');
    expect(imdb.detect('https://m.imdb.com/title/tt1205438/', parseHtml(html))).toEqual({
      site: 'imdb',
      kind: 'episode',
      ids: { imdb: 'tt1205438' },
      title: "Journey's End",
      year: 2008,
      show: { ids: { imdb: 'tt0436992' }, title: 'Doctor Who' },
      season: 4,
      episode: 13,
    });
  });

  it('prefers JSON-LD alternateName, where IMDb puts the display title next to the original', () => {
    const doc = parseHtml(`<head><meta property="imdb:pageConst" content="tt0119698">
      <script type="application/ld+json">{"@type":"Movie","url":"/title/tt0119698/","name":"Mononoke-hime","alternateName":"Princess Mononoke"}</script>
      <title>Princess Mononoke (1997) - IMDb</title></head>`);
    expect(imdb.detect('https://www.imdb.com/title/tt0119698/', doc)).toEqual({
      site: 'imdb',
      kind: 'movie',
      ids: { imdb: 'tt0119698' },
      title: 'Princess Mononoke',
      year: 1997,
    });
  });

  it('does not take a series start year from datePublished', () => {
    const doc = parseHtml(
      `<head><script type="application/ld+json">{"@type":"TVSeries","name":"Doctor Who","datePublished":"2006-03-17"}</script></head>`,
    );
    expect(imdb.detect('https://www.imdb.com/title/tt0436992/', doc)).toEqual({
      site: 'imdb',
      kind: 'show',
      ids: { imdb: 'tt0436992' },
      title: 'Doctor Who',
    });
  });

  it.each([
    ['tvMiniSeries', 'show'],
    ['tvMovie', 'movie'],
    ['tvSpecial', 'movie'],
    ['short', 'movie'],
  ])('maps titleType %s to %s', (type, kind) => {
    const html = edit(MATRIX, '"id":"movie","isSeries"', `"id":"${type}","isSeries"`);
    expect(imdb.detect(url, parseHtml(html))?.kind).toBe(kind);
  });

  it.each(['videoGame', 'podcastSeries'])('gives null for a %s, which Simkl does not track', (type) => {
    const html = edit(MATRIX, '"id":"movie","isSeries"', `"id":"${type}","isSeries"`);
    expect(imdb.detect(url, parseHtml(html))).toBeNull();
  });

  it('names a sub-page by its subtitle, without guessing the kind from og:type', () => {
    const doc =
      parseHtml(`<head><meta property="imdb:pageConst" content="tt0133093"><meta property="og:type" content="video.movie">
      <title>The Matrix (1999) - Full cast &amp; crew - IMDb</title></head>
      <body><h1 class="ipc-title__text">Full cast &amp; crew</h1><h2 data-testid="subtitle">The Matrix</h2></body>`);
    const media = imdb.detect('https://www.imdb.com/title/tt0133093/fullcredits', doc);
    expect(media).toEqual({ site: 'imdb', ids: { imdb: 'tt0133093' }, title: 'The Matrix', year: 1999 });
    expect(imdb.anchor(doc)?.textContent).toBe('The Matrix');
  });
});

describe('IMDb anchor', () => {
  it('is the hero title even where m.imdb.com renders the hero parts twice', () => {
    const anchor = imdb.anchor(parseHtml(EPISODE));
    expect(anchor?.getAttribute('data-testid')).toBe('hero__pageTitle');
  });

  it('is the 2022 title block on the old layout', () => {
    const anchor = imdb.anchor(parseHtml(readFixture('imdb/movie-tt0114814-the-usual-suspects.html')));
    expect(anchor?.getAttribute('data-testid')).toBe('hero-title-block__title');
  });

  it('is null on an empty page', () => {
    expect(imdb.anchor(parseHtml('<p>nothing</p>'))).toBeNull();
    expect(imdb.domId?.(parseHtml('<p>nothing</p>'))).toBeNull();
  });
});
