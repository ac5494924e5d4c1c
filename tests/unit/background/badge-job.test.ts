import { beforeEach, describe, expect, it } from 'vitest';
import { createBadge } from '../../../lib/background/calendar/badge-job';
import type { BadgeAction } from '../../../lib/calendar';
import { DEFAULT_SETTINGS, type Settings } from '../../../lib/store/settings';
import { entryOf, GOT } from '../library/fixtures';
import { createDataWorld, seedLists } from './data-fixtures';

let world: ReturnType<typeof createDataWorld>;
let texts: string[];
let settings: Settings;
let signedIn: boolean;
const action: BadgeAction = {
  setBadgeText: ({ text }) => texts.push(text),
  setBadgeBackgroundColor: () => undefined,
};

function badge() {
  return createBadge({
    library: world.h.library,
    calendar: world.calendar,
    isSignedIn: () => signedIn,
    action,
    settings: async () => settings,
  });
}

beforeEach(async () => {
  world = createDataWorld();
  texts = [];
  settings = { ...DEFAULT_SETTINGS };
  signedIn = true;
  await seedLists(world);
});

describe('the toolbar badge', () => {
  it("shows how many of today's episodes belong to Watching shows", async () => {
    // Today: GOT S08E02 in two hours; FMA and the unfollowed show air on other days.
    expect(await badge().refresh()).toBe('1');
    expect(texts).toEqual(['1']);
  });

  it('is empty when switched off in the options, without reading the calendar', async () => {
    settings = { ...settings, badgeEnabled: false };
    expect(await badge().refresh()).toBe('');
    expect(texts).toEqual(['']);
    expect(world.cdn.requests).toEqual([]);
  });

  it('is empty when signed out', async () => {
    signedIn = false;
    expect(await badge().refresh()).toBe('');
  });

  it('drops to zero when the show leaves the Watching list', async () => {
    const counter = badge();
    expect(await counter.refresh()).toBe('1');
    world.h.simkl.seed(entryOf(GOT, { status: 'hold' }));
    await world.h.library.sync();
    expect(await counter.refresh()).toBe('');
  });

  it('shows nothing rather than a guess when the calendar is unreachable', async () => {
    world.cdn.state.offline = true;
    expect(await badge().refresh()).toBe('');
  });

  it('folds calls made while counting into one more count', async () => {
    const counter = badge();
    const runs = [counter.refresh(), counter.refresh(), counter.refresh()];
    expect(await Promise.all(runs)).toEqual(['1', '1', '1']);
    expect(texts).toEqual(['1', '1']);
  });
});

describe('library sync events', () => {
  it('tells listeners after every successful sync, changed or not', async () => {
    let synced = 0;
    world.h.library.onSynced(() => {
      synced += 1;
    });
    await world.h.library.sync();
    await world.h.library.sync();
    expect(synced).toBe(2);
    world.h.simkl.fail('activities', new Error('offline'));
    await world.h.library.sync().catch(() => undefined);
    expect(synced).toBe(2);
  });

  it('lists entries as shown, by list and type', async () => {
    const watching = await world.h.library.entries({ status: 'watching' });
    expect(watching.map((entry) => entry.title).sort()).toEqual([
      'Fullmetal Alchemist: Brotherhood',
      'Game of Thrones',
    ]);
    expect((await world.h.library.entries({ type: 'movie' })).map((entry) => entry.status).sort()).toEqual([
      'completed',
      'plantowatch',
    ]);
    expect(await world.h.library.entries({ status: 'watching', type: 'movie' })).toEqual([]);
  });
});
