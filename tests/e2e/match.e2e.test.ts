/** A wrong match corrected through "Not this?" (scenarios/match.ts). */
import { beforeAll, it } from 'vitest';
import { findExtensionWindow } from './harness/extension-windows';
import { describeInBrowsers, type Session } from './harness/suite';
import {
  correctTheMatch,
  findAnUnknownTitle,
  sayWhyTheLookupFailed,
  seedWrongMatch,
} from './scenarios/match';
import { signInFromThePopup } from './scenarios/popup';

describeInBrowsers('the right match', { scenario: 'match' }, (suite) => {
  let session: Session;

  beforeAll(async () => {
    session = await suite.start({ seed: seedWrongMatch });
    await signInFromThePopup(session.world, session.pages);
  });

  /** The window the background opened (windows.create), among the browser's pages. */
  const findPage = (pathPart: string) => findExtensionWindow(session, pathPart);

  it('corrects a wrong lookup with Not this?: every open tab updates, writes go to the chosen item, undo', () =>
    correctTheMatch(session.world, session.pages, findPage));

  it('offers the same search on a page Simkl does not know, and writes to the pick', () =>
    findAnUnknownTitle(session.world, session.pages, findPage));

  it('says Simkl could not be asked when its lookups fail (never "no match"), finds the title once it answers, and says a change Simkl refuses for now waits to be saved', () =>
    sayWhyTheLookupFailed(session.world, session.pages));
});
