/** A wrong match corrected through "Not this?" (scenarios/match.ts). */
import { beforeAll, it } from 'vitest';
import type { AnyPage } from './harness/pages';
import { describeInBrowsers, type Session } from './harness/suite';
import {
  correctTheMatch,
  findAnUnknownTitle,
  sayWhyTheLookupFailed,
  seedWrongMatch,
} from './scenarios/match';
import { signInFromThePopup } from './scenarios/popup';
import { eventually } from './scenarios/slice';

/**
 * Every open tab and window with its address. BiDi may report an extension page's address as
 * about:blank, so in Firefox each page is asked its location.
 */
async function openPages(session: Session): Promise<Array<{ page: AnyPage; url: string }>> {
  if (session.browser === 'chromium') {
    return session.chrome.context.pages().map((page) => ({ page, url: page.url() }));
  }
  const pages = await session.firefox.browser.pages();
  return Promise.all(
    pages.map(async (page) => ({
      page,
      url: await page.evaluate(() => location.href).catch(() => page.url()),
    })),
  );
}

describeInBrowsers('the right match', { scenario: 'match' }, (suite) => {
  let session: Session;

  beforeAll(async () => {
    session = await suite.start({ seed: seedWrongMatch });
    await signInFromThePopup(session.world, session.pages);
  });

  /** The window the background opened (windows.create), among the browser's pages. */
  async function findPage(pathPart: string): Promise<AnyPage> {
    const find = async () => (await openPages(session)).find(({ url }) => url.includes(pathPart))?.page;
    const found = await eventually(find, (page) => page !== undefined, 30_000);
    if (!found) throw new Error(`no extension page ${pathPart} opened`);
    return found;
  }

  it('corrects a wrong lookup with Not this?: every open tab updates, writes go to the chosen item, undo', () =>
    correctTheMatch(session.world, session.pages, findPage));

  it('offers the same search on a page Simkl does not know, and writes to the pick', () =>
    findAnUnknownTitle(session.world, session.pages, findPage));

  it('says Simkl could not be asked when its lookups fail (never "no match"), finds the title once it answers, and says a change Simkl refuses for now waits to be saved', () =>
    sayWhyTheLookupFailed(session.world, session.pages));
});
