import { describe, expect, it } from 'vitest';
import { SITES } from '../../../lib/media';
import { detectMedia, SITE_ADAPTERS } from '../../../lib/sites/index';
import { detectMediaFromUrl, SITE_URL_READERS } from '../../../lib/sites/url-readers';
import { URL_EXAMPLES } from './url-examples';

/** The same empty document detectMediaFromUrl once used: the full detection with nothing to read. */
const EMPTY_DOCUMENT = {
  title: '',
  location: null,
  querySelector: () => null,
  querySelectorAll: () => [],
} as unknown as Document;

describe('the sites’ URL readers (the background’s link menu)', () => {
  it('cover every adapter, in the same order and with the same hosts', () => {
    expect(SITE_URL_READERS.map((reader) => [reader.id, reader.matches])).toEqual(
      SITE_ADAPTERS.map((adapter) => [adapter.id, adapter.matches]),
    );
  });

  for (const site of SITES) {
    const { positives, negatives } = URL_EXAMPLES[site];
    it(`${site}: give what the full detection gives for an empty document`, () => {
      expect(positives.length).toBeGreaterThan(0);
      for (const { url, expected } of positives) {
        expect(detectMediaFromUrl(url), url).toEqual(expected);
        expect(detectMediaFromUrl(url), url).toEqual(detectMedia(url, EMPTY_DOCUMENT));
      }
      for (const url of negatives)
        expect(detectMediaFromUrl(url), url).toEqual(detectMedia(url, EMPTY_DOCUMENT));
    });
  }
});
