import { openLibraryDb } from '../../../lib/library/db';
import { createLibrary } from '../../../lib/library/library';
import { openOutboxDb } from '../../../lib/outbox/db';
import { createOutbox, type Schedule } from '../../../lib/outbox/outbox';
import type { WriteTarget } from '../../../lib/outbox/types';
import { openResolveDb } from '../../../lib/resolve/cache';
import { createResolver } from '../../../lib/resolve/resolver';
import type { Accounts } from '../library/accounts';
import { createFakeSimkl } from '../library/fake-simkl';
import { COLLIDING_SHOW, FMA, GOT, MATRIX, manualClock } from '../library/fixtures';

export interface Timer {
  delay: number;
  wake: () => void;
  cancelled: boolean;
}

export interface HarnessOptions {
  autoFlush?: boolean;
  /** Several accounts behind the API, and the signed-in one (else one account, always signed in). */
  accounts?: Accounts;
  /**
   * Simkl stamps its activities from the harness's clock too, so writes in one of its seconds
   * share a stamp (by default each write is a second after the last).
   */
  sameClock?: boolean;
}

/** A whole write path on fakes: Simkl, the mirror, the resolver and an outbox with a manual clock. */
export function createHarness(options: HarnessOptions = {}) {
  const clock = manualClock();
  const simkl = createFakeSimkl(options.sameClock ? { clock } : {});
  const { accounts } = options;
  for (const fake of accounts ? accounts.all() : [simkl]) fake.addToCatalog(MATRIX, GOT, COLLIDING_SHOW, FMA);
  const api = accounts?.api ?? simkl.api;
  const currentUser = accounts?.currentUser;
  const library = createLibrary({ api, db: openLibraryDb(), clock, currentUser });
  const resolver = createResolver({ api, library, db: openResolveDb(), clock });
  const timers: Timer[] = [];
  const schedule: Schedule = (delay, wake) => {
    const timer = { delay, wake, cancelled: false };
    timers.push(timer);
    return () => {
      timer.cancelled = true;
    };
  };
  const makeOutbox = () =>
    createOutbox({
      api,
      db: openOutboxDb(),
      library,
      resolver,
      clock,
      schedule,
      autoFlush: options.autoFlush ?? false,
      currentSession: accounts?.currentSession,
    });
  return { simkl, clock, library, resolver, timers, outbox: makeOutbox(), makeOutbox };
}

export type Harness = ReturnType<typeof createHarness>;

export const matrix: WriteTarget = {
  type: 'movie',
  ids: { simkl: MATRIX.ids.simkl, imdb: 'tt0133093' },
  title: 'The Matrix',
  year: 1999,
};
export const got: WriteTarget = {
  type: 'show',
  ids: { simkl: GOT.ids.simkl, imdb: 'tt0944947' },
  title: 'Game of Thrones',
};
/** Recorded from a page before the Simkl id was known. */
export const matrixByImdb: WriteTarget = { kind: 'movie', ids: { imdb: 'tt0133093' }, title: 'The Matrix' };

export const WRITE_METHODS = [
  'addToList',
  'addToHistory',
  'removeFromHistory',
  'addRatings',
  'removeRatings',
  'checkin',
] as const;

export function writeCalls(harness: Harness): string[] {
  return harness.simkl.calls
    .filter((call) => (WRITE_METHODS as readonly string[]).includes(call.method))
    .map((call) => call.method);
}
