/**
 * Simkl applies a write and then fails to answer: a 500, 502 or 503 in place of its 201, or the
 * connection dropped after the write. The extension must not send such a write again blindly: it
 * checks Simkl's state (a sync) first, finds the write there, and is done. Read from the service:
 * writes attempted = landed, each applied by exactly one POST, none duplicated.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { DEMO_USER } from '../simkl-service/index';
import type { FaultAction } from '../simkl-service/types';
import { describeInBrowsers } from './harness/suite';
import { expectLandedOnce, isWritePost, type Ledger } from './scenarios/faults-ledger';
import { ask, type FaultRun, outboxEmptied, startFaultRun } from './scenarios/faults-run';
import { films, type TitleCase } from './scenarios/faults-titles';

let run: FaultRun;
const totals = { attempted: 0, landed: 0, duplicated: 0 };

const WRITES: Record<'list' | 'history' | 'ratings', string> = {
  list: '/sync/add-to-list',
  history: '/sync/history',
  ratings: '/sync/ratings',
};

function failNextWrite(path: string, action: FaultAction): void {
  run.world.control.injectFault({ method: 'POST', host: 'api.simkl.com', path, times: 1, action });
}

/** The service's answers to the write POSTs that carried this title, in order (0 = dropped). */
function answersFor(simkl: number): number[] {
  return run.world.control
    .requestLog()
    .filter(isWritePost)
    .filter((entry) => JSON.stringify(entry.body ?? null).includes(`"simkl":${simkl}`))
    .map((entry) => entry.status);
}

/**
 * The extension sent the write once, and the fault answered it. Chromium itself resends a request
 * whose reused connection closed before any answer (POSTs included); after a drop the log may hold
 * that hidden copy, refused by Simkl's 1 POST/s limit. The extension must not follow it with a
 * resend of its own: nothing after the first answer may be applied.
 */
function expectSentOnce(simkl: number, seen: number): number {
  const [first, ...later] = answersFor(simkl);
  expect(first).toBe(seen);
  expect(later.filter((status) => status !== 429)).toEqual([]);
  return later.length;
}

function count(ledger: Ledger): void {
  totals.attempted += ledger.attempted;
  totals.landed += ledger.landed;
  totals.duplicated += ledger.duplicated;
}

const [film500, film502, film503, filmDropped, filmWatched, filmRated] = films(6, 10) as TitleCase[];

describeInBrowsers(
  'writes Simkl applied before failing to answer',
  { scenario: 'faults-after-write' },
  (suite) => {
    beforeAll(async () => {
      run = await startFaultRun(suite);
    });
    afterAll(() => {
      console.log(
        `after-write faults, all cases: attempted=${totals.attempted} landed=${totals.landed} duplicated=${totals.duplicated}`,
      );
    });

    it.each([
      ['500', film500!, { statusAfterWrite: 500 } as FaultAction, 500],
      ['502', film502!, { statusAfterWrite: 502, body: '<html>Bad gateway</html>' } as FaultAction, 502],
      ['503', film503!, { statusAfterWrite: 503, body: { error: 'unavailable' } } as FaultAction, 503],
      ['dropped', filmDropped!, { dropAfterWrite: true } as FaultAction, 0],
    ])(
      'a list write answered %s after it landed is checked, not sent again',
      async (name, title, action, seen) => {
        const { world, page } = run;
        world.control.clearLog();
        failNextWrite(WRITES.list, action);
        await ask(page, 'setStatus', { media: title.media, status: 'plantowatch' });
        await outboxEmptied(page);
        const ledger = await expectLandedOnce(world, `after-write-${name}`, [title.expected]);
        count(ledger);
        // The second look was a sync, not a resend.
        const hidden = expectSentOnce(title.expected.simkl, seen);
        console.log(`after-write-${name}: the browser's own resends, refused by the service: ${hidden}`);
        expect(await ask(page, 'status', { media: title.media })).toMatchObject({
          status: 'plantowatch',
          pendingWrites: 0,
        });
      },
    );

    it('a mark-as-watched answered 502 after it landed is not sent again', async () => {
      const { world, page } = run;
      world.control.clearLog();
      failNextWrite(WRITES.history, { statusAfterWrite: 502 });
      const title = { ...filmWatched!, expected: { ...filmWatched!.expected, status: 'completed' as const } };
      await ask(page, 'markWatched', { media: title.media });
      await outboxEmptied(page);
      const ledger = await expectLandedOnce(world, 'after-write-history-502', [title.expected]);
      count(ledger);
      expect(expectSentOnce(title.expected.simkl, 502)).toBe(0);
    });

    it('a rating whose connection dropped after it landed is not sent again', async () => {
      const { world, page } = run;
      world.control.clearLog();
      failNextWrite(WRITES.ratings, { dropAfterWrite: true });
      // Rating a film that is not listed adds it as completed (docs/simkl-api.md, Sync writes).
      const title = { ...filmRated!, expected: { ...filmRated!.expected, status: 'completed' as const } };
      await ask(page, 'rate', { media: title.media, rating: 7 });
      await outboxEmptied(page);
      const ledger = await expectLandedOnce(world, 'after-write-ratings-dropped', [title.expected]);
      count(ledger);
      const hidden = expectSentOnce(title.expected.simkl, 0);
      console.log(
        `after-write-ratings-dropped: the browser's own resends, refused by the service: ${hidden}`,
      );
      const rated = world.control
        .library(DEMO_USER.id)
        .movies.find((entry) => entry.simkl === title.expected.simkl);
      expect(rated).toMatchObject({ rating: 7 });
    });
  },
);
