import { set } from 'idb-keyval';
import { beforeEach, describe, expect, it } from 'vitest';
import type { AccountState } from '../../../lib/account/session-types';
import { createDataHandlers } from '../../../lib/background/account/data-handlers';
import { createEpisodeCatalogue, openCatalogueDb } from '../../../lib/background/episodes/episode-catalogue';
import type { HandlerContext } from '../../../lib/background/intents/handler-types';
import { resolveCache } from '../../../lib/resolve/cache';
import { openScoreDb, saveScore, scoreCache } from '../../../lib/score/score-cache';
import { DEFAULT_SETTINGS, type Settings } from '../../../lib/store/settings';
import { GOT, MATRIX } from '../library/fixtures';
import { matrix } from '../outbox/harness';
import { createDataWorld, DUNE, seedLists } from './data-fixtures';

const options: HandlerContext = { from: 'page' };
const TOKEN = 'secret-access-token-1234';
let world: ReturnType<typeof createDataWorld>;
let account: AccountState & { accessToken?: string };
let handlers: ReturnType<typeof createDataHandlers>;
let catalogue: ReturnType<typeof createEpisodeCatalogue>;
const NOW = Date.UTC(2024, 5, 2, 12);
const DAY = 24 * 60 * 60 * 1000;

beforeEach(async () => {
  world = createDataWorld();
  // An account object carrying more than the view needs: the export must copy field by field.
  account = {
    signedIn: true,
    mode: 'oauth2',
    user: { name: 'neo', avatar: '//simkl.in/a.jpg' },
    accessToken: TOKEN,
  };
  const settings: Settings = { ...DEFAULT_SETTINGS, clientIdOverride: 'my-client', badgeEnabled: false };
  catalogue = createEpisodeCatalogue({
    api: { episodes: async () => [{ type: 'episode', season: 1, episode: 1, aired: true }] },
    db: openCatalogueDb(),
    now: () => NOW,
  });
  handlers = createDataHandlers({
    library: world.h.library,
    outbox: world.h.outbox,
    session: { account: async () => account },
    calendar: world.calendar,
    images: world.images,
    caches: { resolve: resolveCache(world.resolveDb), scores: scoreCache(openScoreDb()), catalogue },
    settings: async () => settings,
    now: () => NOW,
  });
  await seedLists(world);
});

describe('syncStatus', () => {
  it("answers the last sync's time without syncing", async () => {
    const status = await handlers.syncStatus({}, options);
    expect(status.lastSyncAt).toBe(new Date(world.h.clock.now()).toISOString());
    expect(status.lastError).toBeUndefined();
    expect(world.h.simkl.calls).toEqual([]);
  });
});

describe('caches', () => {
  async function fillCaches() {
    await world.images.getDataUrl('https://wsrv.nl/?url=https://simkl.in/posters/74/7441_ca.webp');
    await world.calendar.upcoming({ watching: [GOT.ids.simkl], planMovies: [DUNE.simkl] });
    await set('imdb:tt0133093', { items: [], at: NOW - 1000 }, world.resolveDb);
    await saveScore(openScoreDb(), 'movie:53536', { rating: 8.4, votes: 100 }, NOW - 1000);
    await catalogue.episodes('show', GOT.ids.simkl);
  }

  const EMPTY = {
    images: { count: 0, bytes: 0 },
    calendar: { files: 0, entries: 0 },
    resolve: { entries: 0 },
    scores: { titles: 0 },
    catalogue: { titles: 0 },
  };

  it('counts what the image, calendar, lookup, score and episode-list caches hold', async () => {
    expect(await handlers.cacheStats({}, options)).toEqual(EMPTY);
    await fillCaches();
    expect(await handlers.cacheStats({}, options)).toEqual({
      images: { count: 1, bytes: 100 },
      calendar: { files: 3, entries: 7 },
      resolve: { entries: 1 },
      scores: { titles: 1 },
      catalogue: { titles: 1 },
    });
  });

  it('drops what expired before counting, and keeps what is still fresh', async () => {
    await fillCaches();
    // A miss kept a day, a hit a month, a score and an episode list a day.
    await set('imdb:tt0000001', { items: [], at: NOW - 2 * DAY }, world.resolveDb);
    await set('imdb:tt0000002', { items: [MATRIX], at: NOW - 2 * DAY }, world.resolveDb);
    await set('imdb:tt0000003', { items: [MATRIX], at: NOW - 31 * DAY }, world.resolveDb);
    await saveScore(openScoreDb(), 'show:1', { rating: 7, votes: 3 }, NOW - 2 * DAY);
    await set('anime:2', { fetchedAt: NOW - 2 * DAY, episodes: [] }, openCatalogueDb());
    expect(await handlers.cacheStats({}, options)).toMatchObject({
      resolve: { entries: 2 },
      scores: { titles: 1 },
      catalogue: { titles: 1 },
    });
  });

  it('clears every cache but keeps the lists and the pending writes', async () => {
    await fillCaches();
    await world.h.outbox.enqueue(matrix, { kind: 'rate', rating: 7 });
    expect(await handlers.clearCaches({}, options)).toEqual(EMPTY);
    expect((await world.h.library.entries()).length).toBe(4);
    expect((await world.h.outbox.pending()).pending).toBe(1);
    // Cleared means fetched again on next use.
    await world.calendar.upcoming({ watching: [GOT.ids.simkl] });
    expect(world.cdn.requests.filter((request) => request.url.endsWith('/tv.json'))).toHaveLength(2);
  });
});

describe('exportData', () => {
  it('exports settings, the mirror as shown and the pending writes, and no credential', async () => {
    await world.h.outbox.enqueue(matrix, { kind: 'rate', rating: 7 });
    const exported = await handlers.exportData({}, options);
    expect(exported).toMatchObject({
      format: 'simkl-extension-export/1',
      exportedAt: '2024-06-02T12:00:00.000Z',
      account: { signedIn: true, mode: 'oauth2', user: 'neo' },
      settings: { clientIdOverride: 'my-client', badgeEnabled: false, syncIntervalMinutes: 30 },
      sync: { lastSyncAt: new Date(world.h.clock.now()).toISOString() },
    });
    expect(exported.library.map((entry) => entry.title).sort()).toEqual([
      DUNE.title,
      'Fullmetal Alchemist: Brotherhood',
      'Game of Thrones',
      'The Matrix',
    ]);
    // The optimistic rating is what the user sees, so it is what they get.
    expect(exported.library.find((entry) => entry.ids.simkl === MATRIX.ids.simkl)?.rating).toBe(7);
    expect(exported.pendingWrites).toEqual([
      expect.objectContaining({ label: expect.stringContaining('The Matrix'), state: 'queued' }),
    ]);
    const text = JSON.stringify(exported);
    expect(text).not.toContain(TOKEN);
    expect(text).not.toMatch(/token/i);
  });

  it('exports an empty library when signed out', async () => {
    account = { signedIn: false, mode: 'pin' };
    await world.h.library.clear();
    const exported = await handlers.exportData({}, options);
    expect(exported.account).toEqual({ signedIn: false, mode: 'pin' });
    expect(exported.library).toEqual([]);
  });
});
