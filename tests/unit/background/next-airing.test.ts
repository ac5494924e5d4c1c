import { beforeEach, describe, expect, it } from 'vitest';
import { withNextAiring } from '../../../lib/background/episodes/next-airing';
import type { HandlerContext } from '../../../lib/background/intents/handler-types';
import { createItemHandlers } from '../../../lib/background/items/item-handlers';
import type { CalendarEntry } from '../../../lib/calendar';
import type { DetectedMedia } from '../../../lib/media';
import type { ItemView } from '../../../lib/messaging';
import { FMA, GOT } from '../library/fixtures';
import { createDataWorld, HOUR, seedLists } from './data-fixtures';

const AIRS = '2024-06-03T02:00:00.000Z';
const show = (progress: ItemView['progress'], type: ItemView['type'] = 'show'): ItemView => ({
  signedIn: true,
  known: true,
  simkl: 1,
  type,
  status: 'watching',
  rating: null,
  pendingWrites: 0,
  progress,
});
const calendarWith = (entry: Partial<CalendarEntry> | null) => ({
  nextEpisode: async () =>
    entry && ({ simkl: 1, type: 'show', title: 'X', airsAt: AIRS, ...entry } as CalendarEntry),
});

describe('withNextAiring', () => {
  it("dates Simkl's next episode when the calendar has it still to come", async () => {
    const view = await withNextAiring(
      show({ watched: 4, next: 'S02E05' }),
      calendarWith({ season: 2, episode: 5 }),
    );
    expect(view.progress).toEqual({ watched: 4, next: 'S02E05', nextAirsAt: AIRS });
  });

  it('leaves an episode that already aired (the user is behind) undated', async () => {
    const view = await withNextAiring(
      show({ watched: 1, next: 'S01E02' }),
      calendarWith({ season: 2, episode: 5 }),
    );
    expect(view.progress).toEqual({ watched: 1, next: 'S01E02' });
  });

  it("names the calendar's episode when Simkl names none", async () => {
    const view = await withNextAiring(
      show({ watched: 8, next: null }),
      calendarWith({ season: 3, episode: 1 }),
    );
    expect(view.progress).toMatchObject({ next: 'S03E01', nextAirsAt: AIRS });
  });

  it('matches anime by absolute episode number', async () => {
    const anime = show({ watched: 1150, next: 'E1151' }, 'anime');
    const view = await withNextAiring(anime, calendarWith({ type: 'anime', episode: 1151 }));
    expect(view.progress?.nextAirsAt).toBe(AIRS);
  });

  it('goes without a date when the calendar fails or the title is a movie', async () => {
    const failing = { nextEpisode: () => Promise.reject(new Error('offline')) };
    const view = show({ watched: 4, next: 'S02E05' });
    expect(await withNextAiring(view, failing)).toBe(view);
    const movie: ItemView = { ...view, type: 'movie', progress: undefined };
    expect(await withNextAiring(movie, calendarWith({ episode: 5 }))).toBe(movie);
  });
});

describe('status with the calendar', () => {
  const gotPage: DetectedMedia = { site: 'imdb', kind: 'show', ids: { imdb: 'tt0944947' } };
  const fmaPage: DetectedMedia = { site: 'mal', kind: 'anime', ids: { mal: '5114' } };
  let world: ReturnType<typeof createDataWorld>;
  let handlers: ReturnType<typeof createItemHandlers>;

  beforeEach(async () => {
    world = createDataWorld();
    await seedLists(world);
    handlers = createItemHandlers({ ...world.h, isSignedIn: () => true, calendar: world.calendar });
  });

  it('gives the popup the next episode with its air date', async () => {
    const view = await handlers.status({ media: gotPage }, { from: 'page' });
    expect(view).toMatchObject({ simkl: GOT.ids.simkl, status: 'watching' });
    expect(view.progress).toMatchObject({
      next: 'S08E02',
      nextAirsAt: new Date(world.h.clock.now() + 2 * HOUR).toISOString(),
    });
    expect((await handlers.status({ media: fmaPage }, { from: 'page' })).progress).toMatchObject({
      next: 'E11',
    });
    expect((await handlers.status({ media: fmaPage }, { from: 'page' })).simkl).toBe(FMA.ids.simkl);
  });

  it('keeps a content script page visit free of any download', async () => {
    const page: HandlerContext = { from: 'content', tabId: 3 };
    const view = await handlers.status({ media: gotPage }, page);
    expect(view.progress?.nextAirsAt).toBeUndefined();
    expect(world.cdn.requests).toEqual([]);
    expect(world.h.simkl.calls).toEqual([]);
  });
});
