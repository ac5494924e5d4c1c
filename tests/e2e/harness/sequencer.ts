/**
 * The order files start in: vitest's own (failed first, then the longest last time, or the largest
 * file on a clean clone), except that the files known to wait longest on real seconds go first. With
 * two or three at a time, a two-minute file started last would run on alone at the end of the suite.
 */
import { BaseSequencer, type TestSpecification } from 'vitest/node';

/** Scrobbling waits on a video's real playback: about three minutes per browser. */
const SLOWEST = /[/\\]scrobble\.e2e\.test\.ts$/;

export class SlowestFirstSequencer extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    const slowest = sorted.filter((file) => SLOWEST.test(file.moduleId));
    return [...slowest, ...sorted.filter((file) => !SLOWEST.test(file.moduleId))];
  }
}
