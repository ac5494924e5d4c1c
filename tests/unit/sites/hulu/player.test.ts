import { afterEach, describe, expect, it, vi } from 'vitest';
import { parseHuluEntity } from '../../../../lib/sites/hulu/entity';
import { huluPlayer } from '../../../../lib/sites/hulu/player';
import {
  HULU_SERIES,
  huluAnswer,
  huluEntityAnswer,
  huluEpisode,
  huluEpisodeId,
  huluWatchUrl,
} from '../../../fixtures/sites/hulu-player';
import { parseHtml } from '../load-page';

const at = (url: string) => new URL(url) as unknown as Location;
const pageOf = (url: string) => {
  const answer = huluAnswer(new URL(url).hostname, new URL(url));
  if (!answer) throw new Error(`no fixture page at ${url}`);
  return parseHtml(String(answer.body));
};

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('Hulu’s player', () => {
  it('keys a playback by the /watch path’s id (with or without a slug before it), and nothing else', () => {
    const id = huluEpisodeId('bear', 2);
    const doc = pageOf(huluWatchUrl('bear', 2));
    expect(huluPlayer.playingKey(at(huluWatchUrl('bear', 2)), doc)).toBe(id);
    expect(
      huluPlayer.playingKey(at(`https://www.hulu.com/watch/the-bear-hands-${id.toUpperCase()}`), doc),
    ).toBe(id);
    for (const other of [
      'https://www.hulu.com/hub/home',
      `https://www.hulu.com/series/the-bear-${HULU_SERIES.bear.id}`,
      'https://www.hulu.com/watch/12345',
      `https://discover.hulu.com/watch/${id}`,
    ])
      expect(huluPlayer.playingKey(at(other), doc), other).toBeNull();
  });

  it('finds the programme’s video, never the ad break’s', () => {
    const video = huluPlayer.video(pageOf(huluWatchUrl('bear', 1)));
    expect(video?.id).toBe('content-video-player');
  });

  it('tells what plays from the site’s entity JSON, asked with the page’s cookies: the series’ own id first', async () => {
    const id = huluEpisodeId('bear', 3);
    const fetch = vi.fn(async () => new Response(huluEntityAnswer(id)));
    vi.stubGlobal('fetch', fetch);
    const url = huluWatchUrl('bear', 3);
    expect(await huluPlayer.nowPlaying(id, at(url), pageOf(url))).toEqual({
      key: id,
      media: huluEpisode('bear', 3),
    });
    const [request, init] = fetch.mock.calls[0] as unknown as [string, RequestInit];
    expect(request).toBe(`https://discover.hulu.com/content/v3/entity?language=en&schema=4&eab_ids=${id}`);
    expect(init.credentials).toBe('include');
  });

  it('names nothing for another id’s answer, an empty one, a refusal, malformed JSON or no network', async () => {
    const id = huluEpisodeId('bear', 3);
    const url = huluWatchUrl('bear', 3);
    for (const answer of [
      new Response(huluEntityAnswer(huluEpisodeId('bear', 4))),
      new Response('{"items":[]}'),
      new Response('{"message":"unauthorized"}', { status: 401 }),
      new Response('nope'),
      new Response(
        `{"items":[{"_type":"episode","id":"${id}","series_name":"The Bear","season":"1","number":"3"}]}`,
      ),
    ]) {
      vi.stubGlobal(
        'fetch',
        vi.fn(async () => answer),
      );
      expect(await huluPlayer.nowPlaying(id, at(url), pageOf(url))).toBeNull();
    }
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => {
        throw new TypeError('offline');
      }),
    );
    expect(await huluPlayer.nowPlaying(id, at(url), pageOf(url))).toBeNull();
  });

  it('reads a film by its id, name and premiere year', () => {
    const id = '5b4e3d2c-1a09-4f8e-8d7c-6b5a49382716';
    const film = JSON.stringify({
      items: [{ _type: 'movie', id, name: 'Prey', premiere_date: '2022-08-05T00:00:00Z' }],
    });
    expect(parseHuluEntity(film, id)).toEqual({
      site: 'hulu',
      kind: 'movie',
      ids: { hulu: id },
      title: 'Prey',
      year: 2022,
    });
    expect(parseHuluEntity(film.replace('"movie"', '"clip"'), id)).toBeNull();
  });

  it('counts nothing while the ad break’s video plays', () => {
    const doc = pageOf(huluWatchUrl('bear', 1));
    const video = huluPlayer.video(doc) as HTMLVideoElement;
    expect(huluPlayer.isAd?.(doc, video)).toBe(false);
    const ad = doc.getElementById('ad-video-player') as HTMLVideoElement;
    Object.defineProperty(ad, 'paused', { value: false });
    expect(huluPlayer.isAd?.(doc, video)).toBe(true);
  });
});
