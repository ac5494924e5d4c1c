import { beforeEach, describe, expect, it } from 'vitest';
import { createCalendarHandlers } from '../../../lib/background/calendar/calendar-handlers';
import type { HandlerContext } from '../../../lib/background/intents/handler-types';
import { SimklError } from '../../../lib/errors';
import { poster } from '../images/fake-images';
import { FMA, GOT } from '../library/fixtures';
import { createDataWorld, DUNE, seedLists } from './data-fixtures';

const popup: HandlerContext = { from: 'page' };
let world: ReturnType<typeof createDataWorld>;
let signedIn: boolean;
let handlers: ReturnType<typeof createCalendarHandlers>;

beforeEach(async () => {
  world = createDataWorld();
  signedIn = true;
  handlers = createCalendarHandlers({
    library: world.h.library,
    calendar: world.calendar,
    images: world.images,
    isSignedIn: () => signedIn,
  });
  await seedLists(world);
});

describe('upcoming', () => {
  it("lists the week's episodes of Watching shows and anime and planned movies' releases, soonest first", async () => {
    const { entries, days, signedIn: answeredSignedIn } = await handlers.upcoming({}, popup);
    expect({ days, answeredSignedIn }).toEqual({ days: 7, answeredSignedIn: true });
    expect(entries.map(({ title, season, episode }) => [title, season, episode])).toEqual([
      ['Game of Thrones', 8, 2],
      ['Game of Thrones', 8, 3],
      ['Fullmetal Alchemist: Brotherhood', undefined, 65],
      [DUNE.title, undefined, undefined],
    ]);
    expect(entries[1]).toMatchObject({
      simkl: GOT.ids.simkl,
      type: 'show',
      episodeTitle: 'The Long Night',
      poster: `${GOT.ids.simkl}/poster${GOT.ids.simkl}`,
    });
    expect(entries[2]).toMatchObject({ simkl: FMA.ids.simkl, type: 'anime' });
    expect(entries[3]).toMatchObject({ simkl: DUNE.simkl, type: 'movie' });
    // A completed movie's release and an unfollowed show stay out.
    expect(entries.some((entry) => entry.title === 'The Matrix' || entry.title === 'Not followed')).toBe(
      false,
    );
  });

  it('looks further ahead when asked', async () => {
    const { entries } = await handlers.upcoming({ days: 10 }, popup);
    expect(entries.filter((entry) => entry.simkl === GOT.ids.simkl).map((entry) => entry.episode)).toEqual([
      2, 3, 4,
    ]);
  });

  it('answers from the cached files: one download per file, none to Simkl', async () => {
    await handlers.upcoming({}, popup);
    await handlers.upcoming({}, popup);
    expect(world.cdn.requests.map((request) => request.url).sort()).toEqual([
      'https://data.simkl.in/calendar/v2/anime.json',
      'https://data.simkl.in/calendar/v2/movie_release.json',
      'https://data.simkl.in/calendar/v2/tv.json',
    ]);
    expect(world.h.simkl.calls).toEqual([]);
  });

  it('is empty, without any download, when signed out', async () => {
    signedIn = false;
    expect(await handlers.upcoming({}, popup)).toEqual({ signedIn: false, days: 7, entries: [] });
    expect(world.cdn.requests).toEqual([]);
  });

  it('fails as data when the calendar cannot be had', async () => {
    world.cdn.state.offline = true;
    await expect(handlers.upcoming({}, popup)).rejects.toMatchObject({ kind: 'offline' });
  });
});

describe('poster', () => {
  it('answers a data: URL and downloads each poster once', async () => {
    const first = await handlers.poster({ path: '74/74415673dcdc9cdd', size: 'ca' }, popup);
    const second = await handlers.poster({ path: '74/74415673dcdc9cdd' }, popup);
    expect(first.dataUrl).toMatch(/^data:image\/webp;base64,[A-Za-z0-9+/]+=*$/);
    expect(second).toEqual(first);
    expect(world.imageHost.calls).toEqual([poster('74/74415673dcdc9cdd')]);
  });

  it('asks for the size it is given', async () => {
    await handlers.poster({ path: '74/74415673dcdc9cdd', size: 'cm' }, popup);
    expect(world.imageHost.calls).toEqual([
      'https://wsrv.nl/?url=https://simkl.in/posters/74/74415673dcdc9cdd_cm.webp',
    ]);
  });

  it('refuses anything but a Simkl poster path', async () => {
    await expect(handlers.poster({ path: '../../evil?x=1' }, popup)).rejects.toBeInstanceOf(SimklError);
    expect(world.imageHost.calls).toEqual([]);
  });

  it('reports a missing image as not-found and tries again next time', async () => {
    world.imageHost.images[poster('11/11aa')] = { status: 404 };
    await expect(handlers.poster({ path: '11/11aa' }, popup)).rejects.toMatchObject({ kind: 'not-found' });
    await expect(handlers.poster({ path: '11/11aa' }, popup)).rejects.toMatchObject({ kind: 'not-found' });
    expect(world.imageHost.count(poster('11/11aa'))).toBe(2);
  });
});
