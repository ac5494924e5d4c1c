import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { detectMedia, findListedTitles, type ListedTitle } from '../../../lib/sites';
import { withPage } from './load-page';

/**
 * findListedTitles over the real saved pages in ../shared/page-samples (read in place, never copied).
 * Unlike samples.test.ts, this suite fails when the folder is absent: a machine without the real
 * pages has not checked the list parts against a real page, and must say so with a failure.
 * Every figure below was counted by reading the sample (and its .src.txt, which states the entries).
 */
const SAMPLES_DIR = join(process.cwd(), '..', 'shared', 'page-samples');

/** As in samples.test.ts: happy-dom drops what follows a comment holding markup; such comments carry no data. */
const withoutMarkupComments = (html: string) =>
  html.replace(/<!--[\s\S]{0,500}?-->/g, (comment) => (comment.slice(4, -3).includes('<') ? '' : comment));

function listed<T>(name: string, url: string, read: (found: ListedTitle[], doc: Document) => T): T {
  const html = withoutMarkupComments(readFileSync(join(SAMPLES_DIR, name), 'utf8'));
  return withPage(url, html, (doc) => read(findListedTitles(url, doc), doc));
}

const idsOf = (found: ListedTitle[]) => found.map((entry) => Object.values(entry.media.ids)[0]);
const count = (found: ListedTitle[], kind: string | undefined) =>
  found.filter((entry) => entry.media.kind === kind).length;
/** Every id any link of the page points at, by pattern: what an entry could have been. */
const linkedIds = (doc: Document, pattern: RegExp) =>
  new Set(
    Array.from(
      doc.querySelectorAll('a[href]'),
      (a) => pattern.exec(a.getAttribute('href') ?? '')?.[1],
    ).filter((id): id is string => id !== undefined),
  );

const MATRIX_MORE_LIKE_THIS = [
  'tt1375666',
  'tt0109830',
  'tt0167260',
  'tt0137523',
  'tt0468569',
  'tt0120737',
  'tt0167261',
  'tt0114369',
  'tt0110912',
  'tt0120815',
  'tt0102926',
  'tt0080684',
];
const DEATH_NOTE_RECOMMENDATIONS = [
  '1575',
  '19',
  '23283',
  '10620',
  '13601',
  '2904',
  '40911',
  '28223',
  '5040',
  '37779',
  '3002',
  '34542',
  '37999',
  '228',
  '19815',
  '11111',
  '235',
  '41619',
  '31043',
  '9253',
];

describe(`list pages among the real samples in ${SAMPLES_DIR}`, () => {
  it('has the real page samples (this suite fails without them rather than pass unchecked)', () => {
    expect(existsSync(SAMPLES_DIR), `${SAMPLES_DIR} is absent: no real list page was checked`).toBe(true);
    expect(readdirSync(SAMPLES_DIR).some((name) => name.startsWith('imdb-list-'))).toBe(true);
  });

  it('IMDb /find before 2022: the 200 title rows, each on its name link, and no other linked title', () => {
    const name = 'imdb-list-find-q-smoke-s-tt-2017-findlist-NEGATIVE.html';
    listed(name, 'https://www.imdb.com/find?q=Smoke&s=tt', (found, doc) => {
      expect(detectMedia('https://www.imdb.com/find?q=Smoke&s=tt', doc)).toBeNull();
      expect(found).toHaveLength(200);
      expect(idsOf(found).slice(0, 5)).toEqual([
        'tt0114478',
        'tt0098093',
        'tt5097954',
        'tt0076729',
        'tt4396862',
      ]);
      expect(new Set(idsOf(found)).size).toBe(200);
      for (const entry of found) expect(entry.element.matches('td.result_text > a')).toBe(true);
      // Rows say "(Short)", "(TV Movie)", "(Video)" → 99 films; "(TV Series)" → 10 shows; "(TV Episode)" → 25.
      expect([count(found, 'movie'), count(found, 'show'), count(found, 'episode')]).toEqual([99, 10, 25]);
      expect(found.find((entry) => entry.media.ids.imdb === 'tt0633260')?.media).toEqual({
        site: 'imdb',
        kind: 'episode',
        ids: { imdb: 'tt0633260' },
        show: { ids: { imdb: 'tt0078644' } },
        season: 1,
        episode: 1,
      });
      // The 26 other linked titles: the 25 episodes' series and the menu's featured film.
      const others = [...linkedIds(doc, /\/title\/(tt\d+)/)].filter((id) => !idsOf(found).includes(id));
      expect(others).toHaveLength(26);
      expect(others).toContain('tt0116282');
    });
  });

  it('MyAnimeList /topanime.php: the 50 ranked anime on their h3 name links, not the 4 linked beside', () => {
    listed('mal-list-topanime-2026-NEGATIVE.html', 'https://myanimelist.net/topanime.php', (found, doc) => {
      expect(detectMedia('https://myanimelist.net/topanime.php', doc)).toBeNull();
      expect(found).toHaveLength(50);
      expect(idsOf(found).slice(0, 5)).toEqual(['59978', '52991', '57555', '5114', '9253']);
      for (const entry of found) {
        expect(entry.media.kind).toBe('anime');
        expect(entry.element.matches('h3.anime_ranking_h3 > a')).toBe(true);
      }
      const others = [...linkedIds(doc, /myanimelist\.net\/anime\/(\d+)/)].filter(
        (id) => !idsOf(found).includes(id),
      );
      expect(others.sort()).toEqual(['21', '50250', '57658', '60988']);
    });
  });

  it.each([
    [
      'imdb-movie-tt0133093-the-matrix-2023layout.html',
      'https://www.imdb.com/title/tt0133093/',
      MATRIX_MORE_LIKE_THIS,
    ],
    [
      'imdb-movie-tt0114814-usual-suspects.html',
      'https://www.imdb.com/title/tt0114814/',
      ['tt0120586', 'tt0407887'],
    ],
    [
      'imdb-m-tvseries-tt0436992-doctor-who.html',
      'https://m.imdb.com/title/tt0436992/',
      ['tt31433814', 'tt0460681'],
    ],
    [
      'imdb-video-tt3159106-local-legends.html',
      'https://www.imdb.com/title/tt3159106/',
      ['tt33478963', 'tt1285304'],
    ],
  ])('IMDb title page %s: its 12 "More like this" name links only', (name, url, first) => {
    listed(name, url, (found) => {
      expect(found).toHaveLength(12);
      expect(idsOf(found).slice(0, first.length)).toEqual(first);
      for (const entry of found) expect(entry.element.matches('a.ipc-poster-card__title')).toBe(true);
    });
  });

  it('IMDb episode page without "More like this": nothing', () => {
    const name = 'imdb-m-tvepisode-tt1205438-doctor-who-s4e13-journeys-end.html';
    listed(name, 'https://m.imdb.com/title/tt1205438/', (found) => expect(found).toEqual([]));
  });

  it('MyAnimeList anime page (mobile): the related anime, not the manga, then 20 recommendations', () => {
    listed(
      'mal-anime-tv-1535-death-note-mobile.html',
      'https://myanimelist.net/anime/1535/Death_Note',
      (found) => {
        expect(idsOf(found)).toEqual(['2994', ...DEATH_NOTE_RECOMMENDATIONS]);
        expect(found.slice(1).every((entry) => entry.element.matches('a.title'))).toBe(true);
      },
    );
  });

  it('MyAnimeList anime page (desktop): 2 user and 14 automatic recommendations; its only relation is a manga', () => {
    listed(
      'mal-anime-tv-57181-ao-no-hako-desktop.html',
      'https://myanimelist.net/anime/57181/Ao_no_Hako',
      (found) => {
        expect(found).toHaveLength(16);
        expect(idsOf(found).slice(0, 4)).toEqual(['390', '1065', '54789', '51122']);
        expect(idsOf(found)).not.toContain('57181');
        expect(idsOf(found)).not.toContain('135545');
      },
    );
  });

  it.each([
    ['mal-manga-11-naruto-2018-desktop-NEGATIVE.html', 'https://myanimelist.net/manga/11/'],
    ['mal-manga-11-naruto-2018-desktop-NEGATIVE.html', 'https://myanimelist.net/anime/11/'],
    ['netflix-viewingactivity-2015-pt-NEGATIVE.html', 'https://www.netflix.com/viewingactivity'],
    [
      'netflix-watch-81649856-delicious-in-dungeon-s1e21-de-singlefile.html',
      'https://www.netflix.com/watch/81649856',
    ],
  ])('%s at %s lists nothing', (name, url) => {
    listed(name, url, (found) => expect(found).toEqual([]));
  });
});
