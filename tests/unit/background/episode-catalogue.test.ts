// Simkl's episode lists, cached a day in IndexedDB: one request per title a day at most.
import { beforeEach, describe, expect, it } from 'vitest';
import {
  CATALOGUE_TTL_MS,
  catalogueView,
  createEpisodeCatalogue,
  openCatalogueDb,
} from '../../../lib/background/episodes/episode-catalogue';
import type { EpisodeInfo } from '../../../lib/simkl/api';
import { freshIndexedDb } from '../library/fixtures';

const LIST: EpisodeInfo[] = [
  { type: 'episode', season: 2, episode: 1, aired: false, date: '2025-07-01T00:00:00Z' },
  { type: 'special', season: 0, episode: 1, aired: true, title: 'Inside the Episode' },
  { type: 'episode', season: 1, episode: 2, aired: true, image: '12/abc' },
  { type: 'episode', season: 0, episode: 3, aired: true },
  { type: 'episode', season: 1, episode: 1, aired: true, title: 'Pilot' },
  { type: 'special', title: 'Recap' },
];

let now: number;
let asked: Array<[string, number]>;
let answer: EpisodeInfo[] | Error;

const api = {
  async episodes(type: 'show' | 'anime', simkl: number) {
    asked.push([type, simkl]);
    if (answer instanceof Error) throw answer;
    return answer;
  },
};
const create = () => createEpisodeCatalogue({ api, db: openCatalogueDb(), now: () => now });

beforeEach(() => {
  freshIndexedDb();
  now = Date.parse('2025-06-01T12:00:00Z');
  asked = [];
  answer = LIST;
});

describe('the episode catalogue', () => {
  it('keeps the regular episodes in order, specials and season 0 left out', async () => {
    const episodes = await create().episodes('show', 7);
    expect(episodes?.map((info) => [info.season, info.episode])).toEqual([
      [1, 1],
      [1, 2],
      [2, 1],
    ]);
    expect(episodes?.[1]).not.toHaveProperty('image');
  });

  it('asks Simkl once per title a day, across restarts and for pages asking at once', async () => {
    const catalogue = create();
    await Promise.all([catalogue.episodes('show', 7), catalogue.episodes('show', 7)]);
    await create().episodes('show', 7);
    now += CATALOGUE_TTL_MS - 1;
    await create().episodes('show', 7);
    expect(asked).toEqual([['show', 7]]);
    await create().episodes('anime', 7);
    now += 1;
    await create().episodes('show', 7);
    expect(asked).toEqual([
      ['show', 7],
      ['anime', 7],
      ['show', 7],
    ]);
  });

  it('does not cache a failure: the next ask tries again', async () => {
    answer = new Error('offline');
    const catalogue = create();
    await expect(catalogue.episodes('show', 7)).rejects.toThrow('offline');
    expect(await catalogue.count()).toBe(0);
    answer = LIST;
    expect(await catalogue.episodes('show', 7)).toHaveLength(3);
    expect(asked).toHaveLength(2);
  });

  it('counts its titles and forgets them when the caches are cleared', async () => {
    const catalogue = create();
    await catalogue.episodes('show', 7);
    await catalogue.episodes('anime', 9);
    expect(await catalogue.count()).toBe(2);
    await catalogue.clear();
    expect(await catalogue.count()).toBe(0);
    await catalogue.episodes('show', 7);
    expect(asked).toHaveLength(3);
  });

  it('says aired by the flag, else by the broadcast date as of now, and anime in season 1', () => {
    const view = catalogueView(
      [
        { type: 'episode', episode: 1, aired: true, title: 'Pilot' },
        { type: 'episode', season: 1, episode: 2, date: '2025-05-01T00:00:00Z' },
        { type: 'episode', season: 1, episode: 3, date: '2025-07-01T00:00:00Z' },
      ],
      now,
    );
    expect(view).toEqual([
      { season: 1, episode: 1, title: 'Pilot', aired: true },
      { season: 1, episode: 2, aired: true },
      { season: 1, episode: 3, aired: false },
    ]);
  });
});
