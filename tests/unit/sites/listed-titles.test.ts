import { describe, expect, it } from 'vitest';
import type { DetectedMedia, Site } from '../../../lib/media';
import { adapterForUrl, detectMedia, findListedTitles, type ListedTitle, ownIdKey } from '../../../lib/sites';
import { textOf } from '../../../lib/sites/dom';
import { FIXTURE_PAGES, readFixture } from '../../fixtures/sites/pages';
import { type ExpectedEntry, LIST_PAGES } from './listed-examples';
import { parseHtml, withPage } from './load-page';

/** The text that names the title: the link's own, else its aria-label, else its image's alt. */
const nameOf = (element: Element): string | undefined =>
  textOf(element) ??
  element.getAttribute('aria-label') ??
  element.querySelector('img')?.getAttribute('alt') ??
  undefined;

function expectedMedia(site: Site, { id, kind, show, season, episode }: ExpectedEntry): DetectedMedia {
  const key = ownIdKey(site);
  const media: DetectedMedia = { site, ids: id ? { [key]: id } : {} };
  if (kind) media.kind = kind;
  if (show) media.show = { ids: { [key]: show } };
  if (season !== undefined) media.season = season;
  if (episode !== undefined) media.episode = episode;
  return media;
}

/** What any entry must be, on any page: a link in this document, pointing at its own id, outside site chrome. */
function expectWellFormed(entries: ListedTitle[], doc: Document, site: Site): void {
  entries.forEach((entry, index) => {
    expect(entry.element.tagName, `entry ${index}`).toBe('A');
    expect(doc.contains(entry.element)).toBe(true);
    expect(entry.media.site).toBe(site);
    // TheTVDB links a slug: its entries' number is in their artwork (docs/sites.md, TheTVDB: lists).
    const named =
      site === 'tvdb' ? entry.element.closest('.list-item')?.innerHTML : entry.element.getAttribute('href');
    // Trakt's own id is `traktslug`, and an episode's is its show's (docs/sites.md, Trakt: lists).
    const key = ownIdKey(site);
    // Kitsu's links name a slug; its number is the poster's (docs/sites.md, Kitsu: lists).
    if (site === 'kitsu') expect(entry.element.getAttribute('href')).toMatch(/\/anime\/[a-z0-9-]+$/);
    else expect(named).toContain(entry.media.ids[key] ?? entry.media.show?.ids[key]);
    expect(entry.element.closest('nav, footer, aside, [role="navigation"], [role="contentinfo"]')).toBeNull();
    const next = entries[index + 1]?.element;
    // Document order: each entry's link comes before the next one's (or is the same row's).
    if (next && next !== entry.element)
      expect(entry.element.compareDocumentPosition(next) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  });
}

/** One list URL per site, to check that no site's rules pick entries out of another site's markup. */
const PROBE_URLS = Array.from(new Map(LIST_PAGES.map((page) => [page.site, page.url])).values());

describe.each(LIST_PAGES.map((page) => [`${page.url} (${page.file})`, page] as const))(
  'findListedTitles on %s',
  (_name, page) => {
    const html = readFixture(page.file);

    it('finds every listed title once per row, in order, on its name link', () => {
      withPage(page.url, html, (doc) => {
        const found = findListedTitles(page.url, doc);
        expect(found.map((entry) => entry.media)).toEqual(
          page.entries.map((e) => expectedMedia(page.site, e)),
        );
        expect(found.map((entry) => nameOf(entry.element))).toEqual(page.entries.map((e) => e.name));
        expectWellFormed(found, doc, page.site);
      });
    });

    it(page.titlePage ? 'is a title page, and never lists its own title' : 'is not a title page', () => {
      withPage(page.url, html, (doc) => {
        const media = detectMedia(page.url, doc);
        if (!page.titlePage) return expect(media).toBeNull();
        expect(media?.ids[ownIdKey(page.site)]).toBe(page.titlePage);
        const ids = findListedTitles(page.url, doc).map((entry) => entry.media.ids[ownIdKey(page.site)]);
        expect(ids).not.toContain(page.titlePage);
      });
    });

    it("gives nothing at another site's list URL", () => {
      const doc = parseHtml(html);
      for (const url of PROBE_URLS.filter((url) => adapterForUrl(url)?.id !== page.site))
        expect(findListedTitles(url, doc), url).toEqual([]);
    });
  },
);

/**
 * The title pages of tests/fixtures/sites/pages.ts (whose markup is restyled elsewhere, so only
 * what must hold whatever their styling): a title page lists at most its related titles, never itself.
 */
const RELATED: Record<Site, string | null> = {
  imdb: '[data-testid="MoreLikeThis"], #titleRecs, article.episode-item-wrapper, .eplist',
  tmdb: null,
  mal: '.related-entries, #anime_recommendation, #recommendations, .anime_detail_related_anime',
  netflix: '.title-card-container, .moreLikeThis--container',
  letterboxd: null,
  anidb: null,
  tvdb: null,
  animeplanet: null,
  trakt: null,
  anilist: null,
  livechart: null,
  kitsu: null,
  crunchyroll: null,
};

describe.each(FIXTURE_PAGES.map((page) => [page.url, page] as const))(
  'findListedTitles on %s',
  (url, page) => {
    it(page.expected ? 'lists only related titles of a title page' : 'lists well-formed entries only', () => {
      withPage(url, readFixture(page.file), (doc) => {
        const site = adapterForUrl(url)!.id;
        const found = findListedTitles(url, doc);
        expectWellFormed(found, doc, site);
        const expected = page.expected;
        if (!expected) return;
        const related = RELATED[site];
        if (related === null) return expect(found).toEqual([]);
        for (const entry of found)
          expect(entry.element.closest(related), nameOf(entry.element)).not.toBeNull();
        // Netflix keeps the rows behind a detail modal, which may show the modal's own title.
        if (site !== 'netflix')
          expect(found.map((entry) => entry.media.ids[ownIdKey(site)])).not.toContain(
            expected.ids[ownIdKey(site)],
          );
        if (expected.kind === 'show' && site === 'imdb' && /\/episodes/.test(url))
          for (const entry of found) expect(entry.media.show?.ids.imdb).toBe(expected.ids.imdb);
      });
    });
  },
);

describe('findListedTitles stays out of trouble', () => {
  it('gives [] for URLs no adapter serves, whatever the page holds', () => {
    const doc = parseHtml(readFixture('imdb/list-chart-top-2023.html'));
    for (const url of ['https://example.com/chart/top/', 'not a url', '', 'about:blank'])
      expect(findListedTitles(url, doc)).toEqual([]);
  });

  it('gives [] on pages that list nothing: home pages, a player, a person page of another site', () => {
    const empty = document.implementation.createHTMLDocument('');
    for (const url of [
      'https://www.imdb.com/',
      'https://www.imdb.com/title/tt0133093/reviews',
      'https://myanimelist.net/manga/11/Naruto',
      'https://www.themoviedb.org/movie/603-the-matrix',
    ])
      expect(findListedTitles(url, empty), url).toEqual([]);
  });

  it('leaves out tiles inside the billboard, and entries inside navigation or sidebars', () => {
    const tile = (href: string) => `<div class="title-card-container"><a href="${href}">x</a></div>`;
    const doc = parseHtml(
      `<div class="billboard-row">${tile('/watch/1')}</div><nav>${tile('/watch/2')}</nav><aside>${tile('/watch/3')}</aside>${tile('/watch/4')}`,
    );
    expect(findListedTitles('https://www.netflix.com/browse', doc).map((e) => e.media.ids.netflix)).toEqual([
      '4',
    ]);
  });

  it('reads the other half of a MyAnimeList user recommendation, never the page itself', () => {
    const doc = parseHtml(
      `<meta property="og:type" content="video.tv_show"><div id="anime_recommendation"><ul>
       <li class="btn-anime"><a class="link" href="/recommendations/anime/1535-1575">A</a></li>
       <li class="btn-anime"><a class="link" href="/recommendations/anime/19-1535">B</a></li>
       <li class="btn-anime"><a class="link" href="/anime/1535/Death_Note">self</a></li></ul></div>`,
    );
    const ids = findListedTitles('https://myanimelist.net/anime/1535/Death_Note', doc).map(
      (e) => e.media.ids.mal,
    );
    expect(ids).toEqual(['1575', '19']);
  });

  it('survives a document whose queries throw', () => {
    const hostile = {
      querySelector: () => {
        throw new Error('boom');
      },
      querySelectorAll: () => {
        throw new Error('boom');
      },
    } as unknown as Document;
    for (const page of LIST_PAGES) expect(findListedTitles(page.url, hostile)).toEqual([]);
  });
});
