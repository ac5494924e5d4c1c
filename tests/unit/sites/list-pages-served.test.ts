import { describe, expect, it } from 'vitest';
import { detectMedia, findListedTitles, ownIdKey } from '../../../lib/sites';
import { findFixturePage, LIST_FIXTURE_PAGES, readFixture } from '../../fixtures/sites/pages';
import { LIST_PAGES } from './listed-examples';
import { parseHtml, withPage } from './load-page';

const servedAt = (file: string) => LIST_FIXTURE_PAGES.find((page) => page.file === file)?.url;
const idsOn = (url: string, html: string) =>
  withPage(url, html, (doc) => findListedTitles(url, doc).map((entry) => entry.media));

describe('the list fixture pages, as the e2e world serves them', () => {
  it('registers every list page of the unit tests, each at one URL that finds it', () => {
    for (const { file } of LIST_PAGES) expect(servedAt(file), file).toBeDefined();
    for (const page of LIST_FIXTURE_PAGES) expect(findFixturePage(page.url)?.file, page.url).toBe(page.file);
    expect(new Set(LIST_FIXTURE_PAGES.map((page) => page.url)).size).toBe(LIST_FIXTURE_PAGES.length);
  });

  it.each(LIST_PAGES.map((page) => [page.file, page] as const))(
    '%s lists the same titles at its served URL',
    (file, page) => {
      const url = servedAt(file) as string;
      const html = readFixture(file);
      expect(idsOn(url, html)).toEqual(idsOn(page.url, html));
      expect(idsOn(url, html).length).toBeGreaterThan(0);
      const own = withPage(url, html, (doc) => detectMedia(url, doc)?.ids[ownIdKey(page.site)] ?? null);
      expect(own).toBe(page.titlePage ?? null);
    },
  );

  it('keeps the title and negative pages where they were', () => {
    expect(findFixturePage('https://www.imdb.com/name/nm0000206/')?.file).toBe(
      'imdb/name-nm0000206-negative.html',
    );
    expect(findFixturePage('https://www.netflix.com/browse')?.file).toBe('netflix/browse-negative.html');
    expect(findFixturePage('https://www.imdb.com/title/tt0133093/?ref_=x')?.file).toBe(
      'imdb/movie-tt0133093-the-matrix.html',
    );
  });

  it('the Netflix rows that fill in late start with one tile, outside the billboard', () => {
    const url = servedAt('netflix/list-browse-rows-later.html') as string;
    const doc = parseHtml(readFixture('netflix/list-browse-rows-later.html'));
    expect(findListedTitles(url, doc).map((entry) => entry.media.ids.netflix)).toEqual(['70131314']);
  });
});
