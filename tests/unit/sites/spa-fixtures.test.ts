import { Window } from 'happy-dom';
import { afterEach, describe, expect, it } from 'vitest';
import { detectMedia } from '../../../lib/sites';
import { anilist } from '../../../lib/sites/anilist';
import { imdb } from '../../../lib/sites/imdb';
import { netflix } from '../../../lib/sites/netflix';
import { readFixture } from '../../fixtures/sites/pages';

/**
 * The fixtures' own inline navigation scripts (used by the e2e tests) run here in happy-dom, so a
 * broken fixture shows up before a browser is started. Only the project's fixture code is evaluated.
 */
let window: Window | undefined;
afterEach(async () => {
  await window?.happyDOM.close();
  window = undefined;
});

function open(url: string, file: string): { doc: Document; window: Window } {
  window = new Window({
    url,
    settings: {
      enableJavaScriptEvaluation: true,
      suppressInsecureJavaScriptEnvironmentWarning: true,
      disableJavaScriptFileLoading: true,
      disableCSSFileLoading: true,
      handleDisabledFileLoadingAsSuccess: true,
    },
  });
  window.document.write(readFixture(file));
  return { doc: window.document as unknown as Document, window };
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const click = (doc: Document, href: string) => {
  const link = doc.querySelector<HTMLAnchorElement>(`a[data-spa][href="${href}"]`);
  if (!link) throw new Error(`no a[data-spa] to ${href}`);
  link.click();
};

describe('IMDb fixture navigation', () => {
  it('pushes the URL, renders the new hero, and updates imdb:pageConst last', async () => {
    const { doc, window } = open(
      'https://www.imdb.com/title/tt0133093/',
      'imdb/movie-tt0133093-the-matrix.html',
    );
    click(doc, '/title/tt0114814/');
    const url = window.location.href;
    expect(url).toBe('https://www.imdb.com/title/tt0114814/');
    expect(detectMedia(url, doc)).toEqual({ site: 'imdb', ids: { imdb: 'tt0114814' } });

    await sleep(250); // new hero and head, old pageConst: still stale
    expect(doc.querySelector('h1')?.textContent).toBe('The Usual Suspects');
    expect(imdb.domId?.(doc)).toBe('tt0133093');
    expect(detectMedia(url, doc)).toEqual({ site: 'imdb', ids: { imdb: 'tt0114814' } });

    await sleep(300);
    expect(imdb.domId?.(doc)).toBe('tt0114814');
    expect(detectMedia(url, doc)).toEqual({
      site: 'imdb',
      kind: 'movie',
      ids: { imdb: 'tt0114814' },
      title: 'The Usual Suspects',
      year: 1995,
    });
  });

  it('restores the first title on history back', async () => {
    const { doc, window } = open(
      'https://www.imdb.com/title/tt0133093/',
      'imdb/movie-tt0133093-the-matrix.html',
    );
    click(doc, '/title/tt0114814/');
    await sleep(550);
    window.history.back();
    await sleep(200);
    expect(window.location.pathname).toBe('/title/tt0133093/');
    expect(detectMedia(window.location.href, doc)).toMatchObject({
      kind: 'movie',
      title: 'The Matrix',
      year: 1999,
    });
  });
});

describe('Netflix fixture navigation', () => {
  it.each([
    [
      'netflix/title-80057281-stranger-things.html',
      'https://www.netflix.com/title/80057281',
      '/browse?jbv=20557937',
      'The Matrix',
    ],
    [
      'netflix/browse-jbv-20557937-the-matrix.html',
      'https://www.netflix.com/browse?jbv=20557937',
      '/title/80057281',
      'Stranger Things',
    ],
    [
      'netflix/browse-negative.html',
      'https://www.netflix.com/browse',
      '/watch/81649856',
      'Delicious in Dungeon',
    ],
  ])('%s follows a click to %s', async (file, url, href, title) => {
    const { doc, window } = open(url, file);
    click(doc, href);
    expect(window.location.pathname + window.location.search).toBe(href);
    await sleep(120);
    expect(netflix.detect(window.location.href, doc)?.title).toBe(title);
  });

  it('closes the modal back to a page with no title', async () => {
    const { doc, window } = open(
      'https://www.netflix.com/title/80057281',
      'netflix/title-80057281-stranger-things.html',
    );
    click(doc, '/browse');
    await sleep(120);
    expect(detectMedia(window.location.href, doc)).toBeNull();
    expect(netflix.anchor(doc)).toBeNull();
  });
});

describe('AniList fixture navigation', () => {
  it('pushes the URL first, then renders the new anime and its og:url: stale until then, current after', async () => {
    const { doc, window } = open(
      'https://anilist.co/anime/1535/Death-Note/',
      'anilist/anime-1535-death-note.html',
    );
    click(doc, '/anime/1/Cowboy-Bebop/');
    const url = window.location.href;
    expect(url).toBe('https://anilist.co/anime/1/Cowboy-Bebop/');
    expect(anilist.domId?.(doc)).toBe('1535');
    // The DOM still shows Death Note: the new URL's anime borrows none of its data.
    expect(detectMedia(url, doc)).toEqual({ site: 'anilist', kind: 'anime', ids: { anilist: '1' } });
    await sleep(250);
    expect(anilist.domId?.(doc)).toBe('1');
    expect(detectMedia(url, doc)).toEqual({
      site: 'anilist',
      kind: 'anime',
      ids: { anilist: '1' },
      title: 'Cowboy Bebop',
      year: 1998,
    });
    window.history.back();
    await sleep(50);
    expect(detectMedia(window.location.href, doc)).toMatchObject({
      ids: { anilist: '1535' },
      title: 'Death Note',
    });
  });
});

describe('Kitsu fixture navigation', () => {
  it('pushes the URL first, then renders the new anime: its old poster number is never lent', async () => {
    const { doc, window } = open('https://kitsu.app/anime/death-note', 'kitsu/anime-death-note.html');
    click(doc, '/anime/cowboy-bebop');
    const url = window.location.href;
    expect(url).toBe('https://kitsu.app/anime/cowboy-bebop');
    expect(detectMedia(url, doc)).toEqual({ site: 'kitsu', kind: 'anime', ids: {} });
    await sleep(250);
    expect(detectMedia(url, doc)).toEqual({
      site: 'kitsu',
      kind: 'anime',
      ids: { kitsu: '1' },
      title: 'Cowboy Bebop',
      year: 1998,
    });
  });
});
