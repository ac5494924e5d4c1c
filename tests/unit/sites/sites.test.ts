import { describe, expect, it } from 'vitest';
import type { Site } from '../../../lib/media';
import { adapterForUrl, detectMedia, detectMediaFromUrl, pageIdOf, SITE_ADAPTERS } from '../../../lib/sites';
import { FIXTURE_PAGES, findFixturePage, readFixture } from '../../fixtures/sites/pages';
import { withPage } from './load-page';
import { URL_EXAMPLES } from './url-examples';

const siteOf = (url: string): Site | undefined => adapterForUrl(url)?.id;

for (const adapter of SITE_ADAPTERS) {
  const pages = FIXTURE_PAGES.filter((page) => siteOf(page.url) === adapter.id);
  const examples = URL_EXAMPLES[adapter.id];
  const others = SITE_ADAPTERS.filter((other) => other !== adapter);

  describe(`${adapter.name} on the project's fixture pages`, () => {
    it.each(pages.map((page) => [page.url, page] as const))('%s', (url, page) => {
      withPage(url, readFixture(page.file), (doc) => {
        expect(detectMedia(url, doc)).toEqual(page.expected);
        if (!page.expected) return;
        const anchor = adapter.anchor(doc);
        expect(anchor, 'the control needs a place on a title page').not.toBeNull();
        expect(doc.contains(anchor)).toBe(true);
        // Where the site shows its own id, it is the one the runner waits for.
        const shown = adapter.domId?.(doc) ?? null;
        if (shown !== null) expect(shown).toBe(pageIdOf(page.expected));
      });
    });

    it.each(pages.map((page) => [page.url, page.file] as const))(
      'serves %s from its real path',
      (url, file) => {
        expect(findFixturePage(url)?.file).toBe(file);
      },
    );
  });

  describe(`${adapter.name} URLs`, () => {
    it.each(examples.positives.map((example) => [example.url, example.expected] as const))(
      'detects %s from the URL alone',
      (url, expected) => {
        expect(siteOf(url)).toBe(adapter.id);
        expect(detectMediaFromUrl(url)).toEqual(expected);
        expect(adapter.detect(url, document.implementation.createHTMLDocument(''))).toEqual(expected);
      },
    );

    it.each(examples.negatives)('rejects %s', (url) => {
      expect(detectMediaFromUrl(url)).toBeNull();
      expect(adapter.detect(url, document.implementation.createHTMLDocument(''))).toBeNull();
    });

    it.each(examples.positives.map((example) => example.url))(
      "is rejected by every other site's adapter: %s",
      (url) => {
        for (const other of others) {
          expect(other.detect(url, document.implementation.createHTMLDocument('')), other.id).toBeNull();
        }
      },
    );
  });
}

describe('adapterForUrl', () => {
  it.each([
    ['https://www.imdb.com/title/tt0133093/', 'imdb'],
    ['https://m.imdb.com/', 'imdb'],
    ['https://www.themoviedb.org/movie/603', 'tmdb'],
    ['https://myanimelist.net/anime/1535', 'mal'],
    ['https://www.netflix.com/browse', 'netflix'],
  ] as const)('%s → %s', (url, site) => {
    expect(adapterForUrl(url)?.id).toBe(site);
  });

  it.each([
    'not a url',
    '',
    'https://example.com/title/tt0133093/',
    'https://imdb.com.evil.example/title/tt0133093/',
    'https://www.imdb.com.evil.example/title/tt0133093/',
    'ftp://www.imdb.com/title/tt0133093/',
    'chrome-extension://abc/popup.html',
    'about:blank',
  ])('gives null for %j', (url) => {
    expect(adapterForUrl(url)).toBeNull();
    expect(detectMediaFromUrl(url)).toBeNull();
  });
});
