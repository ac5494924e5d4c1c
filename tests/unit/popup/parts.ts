import { POPUP_PARTS } from '../../../components/popup-parts';

/**
 * Fetches the popup's on-demand code before a test renders, so that what a test reads does not
 * depend on how fast the test runner transforms a module (the waiting and failing states have
 * tests of their own: tests/unit/components/lazy-part.test.tsx).
 */
export async function loadPopupParts(): Promise<void> {
  await Promise.all([
    ...POPUP_PARTS.map((part) => part.preload()),
    import('../../../lib/sites/url-readers'),
    import('../../../lib/read-model/project-entry'),
    import('../../../components/MatchedAs').then((module) => module.LazyMatchSearch.preload()),
  ]);
}
