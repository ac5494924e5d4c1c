/**
 * The order files start in: vitest's own (failed first, then the longest last time, or the largest
 * file on a clean clone), except that the files known to take longest go first, longest first. With
 * two or three at a time, a file of a minute or more started last would run on alone at the end of
 * the suite, while the other workers sit idle.
 */
import { BaseSequencer, type TestSpecification } from 'vitest/node';

/**
 * Longest first, as measured on the 2-core machine (`npm test` prints each file's own time): scrobbling
 * waits on a video's real playback in a fresh browser per test, about three minutes per browser; the
 * imports start a browser per test; the popup and sign-in run many steps in both browsers; the
 * network faults wait out Simkl's 20 s write lock.
 */
const LONGEST = ['scrobble', 'popup', 'signin', 'import', 'faults-network', 'identity-ids', 'sites'];

const scenarioOf = (file: TestSpecification): string =>
  /([^/\\]+)\.e2e\.test\.ts$/.exec(file.moduleId)?.[1] ?? '';

export class SlowestFirstSequencer extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    const rank = (file: TestSpecification) => {
      const at = LONGEST.indexOf(scenarioOf(file));
      return at === -1 ? LONGEST.length : at;
    };
    // Array.prototype.sort is stable: the rest keep vitest's order.
    return [...sorted].sort((a, b) => rank(a) - rank(b));
  }
}
