/**
 * The background's local data on fakes: the outbox harness (Simkl, mirror, resolver), a calendar on a
 * fake data.simkl.in and an image cache on a fake wsrv.nl, all on the harness's manual clock.
 */
import { createStore } from 'idb-keyval';
import { createCalendar } from '../../../lib/calendar';
import { createImageCache } from '../../../lib/images';
import { createFakeCdn, V2, v2File } from '../calendar/fake-cdn';
import { createFakeImageHost } from '../images/fake-images';
import { entryOf, FMA, freshIndexedDb, GOT, MATRIX } from '../library/fixtures';
import { createHarness } from '../outbox/harness';

export const HOUR = 60 * 60 * 1000;
export const DAY = 24 * HOUR;
/** A planned movie that is not the Matrix, released within the week. */
export const DUNE = { simkl: 70001, title: 'Dune: Part Three' };

export function createDataWorld() {
  freshIndexedDb();
  const h = createHarness();
  const now = h.clock.now();
  const at = (ms: number) => new Date(now + ms).toISOString();
  const cdn = createFakeCdn({
    [V2('tv')]: {
      body: v2File(
        [
          { simkl: GOT.ids.simkl, date: at(2 * DAY), season: 8, episode: 3, title: 'The Long Night' },
          { simkl: GOT.ids.simkl, date: at(9 * DAY), season: 8, episode: 4 },
          { simkl: 99999, date: at(1 * DAY), season: 1, episode: 1 },
          { simkl: GOT.ids.simkl, date: at(2 * HOUR), season: 8, episode: 2 },
        ],
        { [GOT.ids.simkl]: 'Game of Thrones', 99999: 'Not followed' },
      ),
    },
    [V2('anime')]: {
      body: v2File([{ simkl: FMA.ids.simkl, date: at(3 * DAY), episode: 65 }], {
        [FMA.ids.simkl]: 'Fullmetal Alchemist: Brotherhood',
      }),
    },
    [V2('movie_release')]: {
      body: v2File(
        [
          { simkl: DUNE.simkl, date: at(5 * DAY) },
          { simkl: MATRIX.ids.simkl, date: at(4 * DAY) },
        ],
        { [DUNE.simkl]: DUNE.title, [MATRIX.ids.simkl]: 'The Matrix' },
      ),
    },
  });
  const calendar = createCalendar({
    fetch: cdn.fetch,
    db: createStore('test-calendar', 'files'),
    clock: () => h.clock.now(),
  });
  const imageHost = createFakeImageHost();
  const images = createImageCache({
    fetch: imageHost.fetch,
    db: { blobs: createStore('test-images', 'blobs'), index: createStore('test-image-index', 'index') },
    clock: () => h.clock.now(),
  });
  const resolveDb = createStore('test-resolve-count', 'ids');
  return { h, cdn, calendar, imageHost, images, resolveDb };
}

/** GOT (caught up: next is S08E02, airing in 2 h) and FMA (behind) on Watching, the Matrix done, Dune planned. */
export async function seedLists(world: ReturnType<typeof createDataWorld>): Promise<void> {
  const { simkl, library } = world.h;
  simkl.seed(
    entryOf(GOT, { status: 'watching', watchedEpisodes: 68, totalEpisodes: 73, nextToWatch: 'S08E02' }),
  );
  simkl.seed(
    entryOf(FMA, { status: 'watching', watchedEpisodes: 10, totalEpisodes: 64, nextToWatch: 'E11' }),
  );
  simkl.seed(entryOf(MATRIX, { status: 'completed', rating: 9 }));
  simkl.seed(
    entryOf({ type: 'movie', ids: { simkl: DUNE.simkl }, title: DUNE.title }, { status: 'plantowatch' }),
  );
  await library.sync();
  simkl.resetCalls();
}
