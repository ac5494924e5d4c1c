import { describe, expect, it } from 'vitest';
import { detectMedia } from '../../../lib/sites';
import { trakt } from '../../../lib/sites/trakt';
import { readFixture } from '../../fixtures/sites/pages';
import { withPage } from './load-page';

const SHOW = readFixture('trakt/show-game-of-thrones.html');
const EPISODE = readFixture('trakt/episode-breaking-bad-1x01.html');

describe('Trakt: the traps of its title pages', () => {
  it("reads the DOM's slug when the URL named Trakt's numeric id (/shows/1390)", () => {
    const url = 'https://trakt.tv/shows/1390';
    withPage(url, SHOW, (doc) => {
      const media = detectMedia(url, doc);
      expect(media?.ids).toEqual({
        traktslug: 'game-of-thrones',
        imdb: 'tt0944947',
        tmdb: '1399',
        tvdb: '121361',
      });
      expect(trakt.domId?.(doc)).toBe('game-of-thrones');
    });
  });

  it('lends no ids from a DOM that shows another title (a stale page after navigation)', () => {
    const url = 'https://trakt.tv/shows/the-office-us';
    withPage(url, SHOW, (doc) => {
      expect(detectMedia(url, doc)).toEqual({
        site: 'trakt',
        kind: 'show',
        ids: { traktslug: 'the-office-us' },
      });
    });
  });

  it('keeps a number that is the slug itself (1883) when the DOM says so', () => {
    const url = 'https://trakt.tv/shows/1883';
    const html = SHOW.replaceAll('/shows/game-of-thrones', '/shows/1883');
    withPage(url, html, (doc) => expect(detectMedia(url, doc)?.ids.traktslug).toBe('1883'));
  });

  it("reads the app's episode view from its query, and the page's ids when its DOM names the show", () => {
    const url = 'https://app.trakt.tv/shows/breaking-bad?season=1&view=episode&episode=1';
    withPage(
      url,
      EPISODE.replace(/\/shows\/breaking-bad\/seasons\/1\/episodes\/1"/g, '/shows/breaking-bad"'),
      (doc) => {
        const media = detectMedia(url, doc);
        expect(media?.kind).toBe('episode');
        expect(media?.show).toEqual({
          ids: { traktslug: 'breaking-bad', tmdb: '1396' },
          title: 'Breaking Bad',
        });
        expect([media?.season, media?.episode]).toEqual([1, 1]);
      },
    );
  });

  it("lends the app's ids only when its DOM names the URL's title (no canonical link: the URL alone)", () => {
    const url = 'https://app.trakt.tv/shows/game-of-thrones';
    const bare = SHOW.replace(/<link rel="canonical"[^>]*>/, '').replace(/<meta property="og:url"[^>]*>/, '');
    withPage(url, bare, (doc) => {
      expect(detectMedia(url, doc)).toEqual({
        site: 'trakt',
        kind: 'show',
        ids: { traktslug: 'game-of-thrones' },
      });
    });
    // The classic site's pages are whole page loads: there a page without one is trusted.
    withPage('https://trakt.tv/shows/game-of-thrones', bare, (doc) => {
      expect(detectMedia('https://trakt.tv/shows/game-of-thrones', doc)?.ids.tmdb).toBe('1399');
    });
  });

  it('takes no TMDB id of the wrong scope: a movie page linking TMDB TV', () => {
    const url = 'https://trakt.tv/movies/inception-2010';
    const html = readFixture('trakt/movie-inception-2010.html').replace('/movie/27205', '/tv/27205');
    withPage(url, html, (doc) => expect(detectMedia(url, doc)?.ids.tmdb).toBeUndefined());
  });

  it('anchors the control at the heading, and floats it on the app whose DOM is unverified', () => {
    withPage('https://trakt.tv/shows/game-of-thrones', SHOW, (doc) => {
      expect(trakt.anchor(doc)?.matches('#summary-wrapper h1')).toBe(true);
    });
    const app = readFixture('trakt/app-episode-breaking-bad.html');
    withPage('https://app.trakt.tv/shows/breaking-bad', app, (doc) => expect(trakt.anchor(doc)).toBeNull());
  });
});
