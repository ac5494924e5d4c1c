import { describe, expect, it } from 'vitest';
import { adapterForUrl, detectMedia } from '../../../lib/sites';
import { ANCHORLESS_PAGES, findFixturePage, readFixture } from '../../fixtures/sites/pages';
import { withPage } from './load-page';

/** The pages the e2e tests use for the floating control: a title, but nowhere to put the control. */
describe.each(ANCHORLESS_PAGES.map((page) => [page.url, page] as const))('anchorless %s', (url, page) => {
  it('is still detected, and offers no anchor', () => {
    withPage(url, readFixture(page.file), (doc) => {
      expect(detectMedia(url, doc)).toEqual(page.expected);
      expect(adapterForUrl(url)?.anchor(doc)).toBeNull();
    });
  });

  it('is served from its real path', () => {
    expect(findFixturePage(url)?.file).toBe(page.file);
  });
});
