import { describe, expect, it } from 'vitest';
import type { DetectedMedia } from '../../../lib/media';
import {
  adapterForUrl,
  detectMedia,
  findListedTitles,
  type ListedTitle,
  SITE_ADAPTERS,
} from '../../../lib/sites';
import { parseNetflixMetadata } from '../../../lib/sites/netflix/metadata';
import { FIXTURE_PAGES, NETFLIX_METADATA, readFixture } from '../../fixtures/sites/pages';
import { LIST_PAGES } from './listed-examples';
import { parseHtml } from './load-page';
import { URL_EXAMPLES } from './url-examples';

/** mulberry32: a small seeded PRNG, so a failing case can be replayed from its seed. */
function prng(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SEED = 20_240_521;
const CASES = 300;
const random = prng(SEED);
const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
const int = (max: number) => Math.floor(random() * max);

const URLS = [
  ...FIXTURE_PAGES.map((page) => page.url),
  ...Object.values(URL_EXAMPLES).flatMap((site) => [
    ...site.positives.map((example) => example.url),
    ...site.negatives,
  ]),
];
const PAGES = FIXTURE_PAGES.map((page) => readFixture(page.file));

/** JSON that parses but has every wrong shape, and JSON that does not parse at all. */
const HOSTILE_JSON = [
  '',
  '{',
  'null',
  '[]',
  '"text"',
  '42',
  '{"props":null}',
  '{"props":{"pageProps":{"tconst":5,"aboveTheFoldData":[]}}}',
  '{"props":{"pageProps":{"aboveTheFoldData":{"id":"tt0133093","titleType":{"id":"constructor"},"titleText":{"text":{}},"releaseYear":{"year":"1999"}}}}}',
  '{"props":{"pageProps":{"tconst":"tt1205438","aboveTheFoldData":{"id":"tt1205438","titleType":{"id":"tvEpisode"},"series":{"series":{"id":7},"episodeNumber":{"seasonNumber":-1,"episodeNumber":1e309}}}}}}',
  '{"__proto__":{"@type":"Movie"},"@type":"toString","name":["a"]}',
  '[{"@type":"Movie","name":"&#xFFFFFFFF; &#0; &amp;"},null,1]',
  '{"@graph":"not a list","@type":"TVEpisode","name":"\\u0000"}',
  '{"@type":"Movie","url":42,"name":"   ","alternateName":{"x":1},"datePublished":[]}',
  `{"a":${'['.repeat(200)}${']'.repeat(200)}}`,
];

function mutate(html: string): string {
  switch (int(6)) {
    case 0: // truncated anywhere, as a half-loaded page
      return html.slice(0, int(html.length));
    case 1: {
      // a slice cut out of the middle
      const start = int(html.length);
      return html.slice(0, start) + html.slice(start + int(2000));
    }
    case 2: // every JSON script replaced by something hostile
      return html.replace(
        /(<script[^>]*(?:ld\+json|__NEXT_DATA__|application\/json)[^>]*>)[\s\S]*?(<\/script>)/g,
        (_, open: string, close: string) => `${open}${pick(HOSTILE_JSON)}${close}`,
      );
    case 3: // attribute values replaced by junk
      return html.replace(/(content|href|data-videoid|alt)="[^"]*"/g, (whole, name: string) =>
        random() < 0.5
          ? whole
          : `${name}="${pick(['', ' ', 'tt', 'tt0000000', '(1999', '&#x110000;', 'javascript:0', '/title/tt9999999/', 'S-1.E99999999999999999'])}"`,
      );
    case 4: // markup fragments of other sites shuffled together
      return `${pick(PAGES).slice(0, int(4000))}${pick(PAGES).slice(int(4000))}`;
    default: // random printable noise with tag-like characters
      return Array.from({ length: int(600) }, () =>
        pick(['<', '>', '"', '&', ';', '#', 'a', ' ', '/', '=', 'h1', '-->', '<!--', '\u2013', '9']),
      ).join('');
  }
}

/**
 * happy-dom's parser throws on a few mangled documents a browser repairs without a word (a stray
 * <body> tag inside a table row); those never reach detection, so they are counted, not tested.
 */
function parseOrNull(html: string): Document | null {
  try {
    return parseHtml(html);
  } catch (error) {
    if (error instanceof Error && error.message.startsWith("Failed to execute 'insertBefore'")) return null;
    throw error;
  }
}

function isSaneMedia(media: DetectedMedia, url: string): boolean {
  const ids = Object.values(media.ids).every((id) => typeof id === 'string' && id.length > 0);
  const numbers = [media.season, media.episode].every(
    (n) => n === undefined || (Number.isInteger(n) && n >= 0),
  );
  const year =
    media.year === undefined || (Number.isInteger(media.year) && media.year >= 1870 && media.year <= 2100);
  const title =
    media.title === undefined ||
    (typeof media.title === 'string' && media.title.trim() === media.title && media.title !== '');
  return media.site === adapterForUrl(url)?.id && ids && numbers && year && title;
}

describe(`detection never throws (seed ${SEED}, ${CASES} random documents)`, () => {
  it('returns null or a sane DetectedMedia for every mutated page', () => {
    let detected = 0;
    let unparsed = 0;
    for (let index = 0; index < CASES; index += 1) {
      const url = pick(URLS);
      const doc = parseOrNull(mutate(pick(PAGES)));
      if (!doc) {
        unparsed += 1;
        continue;
      }
      let media: DetectedMedia | null = null;
      expect(() => {
        media = detectMedia(url, doc);
      }, `case ${index}`).not.toThrow();
      if (media) {
        detected += 1;
        expect(isSaneMedia(media, url), `case ${index}: ${JSON.stringify(media)}`).toBe(true);
      }
      for (const adapter of SITE_ADAPTERS) {
        expect(() => adapter.anchor(doc), `case ${index} anchor ${adapter.id}`).not.toThrow();
        expect(() => adapter.domId?.(doc), `case ${index} domId ${adapter.id}`).not.toThrow();
      }
    }
    // The mutations must leave plenty of pages detectable, or this would test nothing.
    expect(detected).toBeGreaterThan(CASES / 4);
    expect(unparsed).toBeLessThan(CASES / 50);
  }, 60_000);

  it('findListedTitles never throws, and lists only sane entries on links of the document', () => {
    let listed = 0;
    for (let index = 0; index < CASES; index += 1) {
      // Mostly a list page at its own URL (so the list parts run), sometimes any page at any URL.
      const page = pick(LIST_PAGES);
      const own = random() < 0.8;
      const url = own ? page.url : pick(URLS);
      // The same parser limit as above: a page happy-dom cannot parse never reaches the list parts.
      const doc = parseOrNull(mutate(own ? readFixture(page.file) : pick(PAGES)));
      if (!doc) continue;
      let found: ListedTitle[] = [];
      expect(() => {
        found = findListedTitles(url, doc);
      }, `case ${index}`).not.toThrow();
      listed += found.length;
      for (const entry of found) {
        expect(doc.contains(entry.element), `case ${index}`).toBe(true);
        expect(isSaneMedia(entry.media, url), `case ${index}: ${JSON.stringify(entry.media)}`).toBe(true);
      }
    }
    // Enough mutated list pages must still list titles, or this would test nothing.
    expect(listed).toBeGreaterThan(CASES / 2);
  }, 60_000);

  it('parseNetflixMetadata survives mangled metadata answers', () => {
    const answers = NETFLIX_METADATA.map((entry) => readFixture(entry.file));
    for (let index = 0; index < CASES; index += 1) {
      const text = pick(answers);
      const cut = text.slice(0, int(text.length)) + pick(['', '}', ']}', '"]}}']);
      let json: unknown;
      try {
        json = JSON.parse(
          random() < 0.5
            ? cut
            : text.replace(/\d+/g, (digits) =>
                random() < 0.2 ? pick(['"x"', 'null', '-1', '1e400', '{}']) : digits,
              ),
        );
      } catch {
        json = pick([undefined, null, cut, [], { video: cut }]);
      }
      expect(() => parseNetflixMetadata(json, pick(NETFLIX_METADATA).id), `case ${index}`).not.toThrow();
    }
  });
});
