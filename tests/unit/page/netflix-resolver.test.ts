import { describe, expect, it, vi } from 'vitest';
import type { DetectedMedia } from '../../../lib/media';
import { createNetflixResolver } from '../../../lib/page/control/netflix-resolver';

const signal = new AbortController().signal;
const fromUrl = (id: string): DetectedMedia => ({ site: 'netflix', ids: { netflix: id } });

/** The metadata endpoint's answer for a show with one season of two episodes. */
const SHOW_METADATA = {
  video: {
    type: 'show',
    id: 81091393,
    title: 'Delicious in Dungeon',
    year: 2024,
    seasons: [
      {
        seq: 1,
        episodes: [
          { id: 81649836, seq: 1, title: 'Hot Pot' },
          { id: 81649856, seq: 21, title: 'Golden Country' },
        ],
      },
    ],
  },
};

describe('createNetflixResolver', () => {
  it('asks the same-origin metadata endpoint and resolves a watch id to its episode', async () => {
    const load = vi.fn(async () => SHOW_METADATA);
    const resolve = createNetflixResolver(load);
    const media = await resolve(fromUrl('81649856'), signal);
    expect(load).toHaveBeenCalledWith(
      `${location.origin}/nq/website/memberapi/release/metadata?movieid=81649856`,
    );
    expect(media).toMatchObject({
      site: 'netflix',
      kind: 'episode',
      ids: { netflix: '81649856' },
      show: { ids: { netflix: '81091393' }, title: 'Delicious in Dungeon' },
      season: 1,
      episode: 21,
    });
  });

  it('asks once per id', async () => {
    const load = vi.fn(async () => SHOW_METADATA);
    const resolve = createNetflixResolver(load);
    await resolve(fromUrl('81091393'), signal);
    const again = await resolve(fromUrl('81091393'), signal);
    expect(load).toHaveBeenCalledTimes(1);
    expect(again).toMatchObject({ kind: 'show', title: 'Delicious in Dungeon', year: 2024 });
  });

  it('reports an unidentified title when the lookup fails, and tries again next time', async () => {
    const load = vi.fn(async () => {
      throw new Error('HTTP 403');
    });
    const resolve = createNetflixResolver(load);
    expect(await resolve(fromUrl('1'), signal)).toBeNull();
    expect(await resolve(fromUrl('1'), signal)).toBeNull();
    expect(load).toHaveBeenCalledTimes(2);
  });

  it('keeps a detection that already knows its kind when the lookup fails', async () => {
    const resolve = createNetflixResolver(async () => ({ unexpected: true }));
    const known: DetectedMedia = { site: 'netflix', kind: 'movie', ids: { netflix: '2' }, title: 'Roma' };
    expect(await resolve(known, signal)).toBe(known);
  });
});
