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
  // Game of Thrones: 73 episodes, 4 not aired, 68 watched (1 to watch); FMA: 64, 0, 10 (54 to watch).
  world.h.simkl.seed(
    entryOf(GOT, { status: 'watching', watchedEpisodes: 68, totalEpisodes: 73, notAiredEpisodes: 4 }),
  );
  await world.h.library.sync();
});

describe('the toolbar badge', () => {
  it('counts the aired episodes of Watching shows and anime not watched yet, by default', async () => {
    expect(DEFAULT_SETTINGS.badgeCounts).toBe('episodes');
    expect(await badge().refresh()).toBe('55');
    expect(texts).toEqual(['55']);
  });

  it('counts the Watching shows with an episode to watch when the user chose that', async () => {
    settings = { ...settings, badgeCounts: 'shows' };
    expect(await badge().refresh()).toBe('2');
  });

  it('is empty when switched off in the options, without reading the calendar', async () => {
    settings = { ...settings, badgeCounts: 'off', badgeEnabled: false };
    expect(await badge().refresh()).toBe('');
    expect(texts).toEqual(['']);
    expect(world.cdn.requests).toEqual([]);
  });

  it('is empty when signed out', async () => {
    signedIn = false;
    expect(await badge().refresh()).toBe('');
  });

  it('drops what a show counted when it leaves the Watching list', async () => {
    const counter = badge();
    expect(await counter.refresh()).toBe('55');
    world.h.simkl.seed(entryOf(GOT, { status: 'hold', watchedEpisodes: 68, totalEpisodes: 73 }));
    await world.h.library.sync();
    expect(await counter.refresh()).toBe('54');
  });

  it('needs no calendar: an unreachable one changes nothing', async () => {
    world.cdn.state.offline = true;
    expect(await badge().refresh()).toBe('55');
    expect(world.cdn.requests).toEqual([]);
  });

  it('folds calls made while counting into one more count', async () => {
    const counter = badge();
    const runs = [counter.refresh(), counter.refresh(), counter.refresh()];
    expect(await Promise.all(runs)).toEqual(['55', '55', '55']);
    expect(texts).toEqual(['55', '55']);
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
