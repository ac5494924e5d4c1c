import { afterEach, describe, expect, it, vi } from 'vitest';
import { maxPlayer } from '../../../../lib/sites/max/player';
import { parseMaxRoute } from '../../../../lib/sites/max/route';
import {
  MAX_TRAILER_ID,
  maxAnswer,
  maxEpisode,
  maxRouteAnswer,
  maxVideoId,
  maxWatchUrl,
} from '../../../fixtures/sites/max-player';
import { parseHtml } from '../load-page';

const at = (url: string) => new URL(url) as unknown as Location;
const pageOf = (url: string) => {
  const answer = maxAnswer(new URL(url).hostname, new URL(url));
  if (!answer) throw new Error(`no fixture page at ${url}`);
  return parseHtml(String(answer.body));
};
const keyOf = (url: string) => maxPlayer.playingKey(at(url), pageOf(url)) as string;

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('Max’s player', () => {
  it('keys a playback by the watch path’s video and edit ids, and nothing else', () => {
    const url = maxWatchUrl(3);
    expect(keyOf(url)).toBe(url.split('/video/watch/')[1]);
    const doc = pageOf(url);
    for (const other of [
      'https://play.max.com/',
      'https://play.max.com/show/4f1b2c3d-0000-4a00-8b00-00000000a001',
      'https://play.max.com/video/watch/not-an-id/also-not',
      `https://www.max.com/video/watch/${maxVideoId(3)}/7a8b9c0d-1e2f-4a3b-8c4d-5e6f7a8b9c0d`,
    ])
      expect(maxPlayer.playingKey(at(other), doc), other).toBeNull();
  });

  it('finds the player’s video in its container', () => {
    const video = maxPlayer.video(pageOf(maxWatchUrl(1)));
    expect(video?.closest('[data-testid="playerContainer"]')).not.toBeNull();
    expect(video?.getAttribute('src')).toBe('/_fixture/media/player-60s.webm');
  });

  it('tells what plays from the site’s route JSON, asked at its API with the page’s cookies', async () => {
    const fetch = vi.fn(async () => new Response(maxRouteAnswer(maxVideoId(3))));
    vi.stubGlobal('fetch', fetch);
    const url = maxWatchUrl(3);
    const playing = await maxPlayer.nowPlaying(keyOf(url), at(url), pageOf(url));
    expect(playing).toEqual({ key: keyOf(url), media: maxEpisode(3) });
    const [request, init] = fetch.mock.calls[0] as unknown as [string, RequestInit];
    expect(request).toBe(
      `https://default.any-amer.prd.api.discomax.com/cms/routes/video/watch/${keyOf(url)}?include=default`,
    );
    expect(init.credentials).toBe('include');
  });

  it('names no programme for a trailer, another video’s answer, a refusal, a malformed answer or no network', async () => {
    const url = maxWatchUrl(3);
    const key = keyOf(url);
    const answers = [
      new Response(maxRouteAnswer(MAX_TRAILER_ID)),
      new Response(maxRouteAnswer(maxVideoId(4))),
      new Response('{"errors":[{"status":"401"}]}', { status: 401 }),
      new Response('<html>not json'),
      new Response('{"included":[{"type":"video","id":"x","attributes":{"materialType":"EPISODE"}}]}'),
    ];
    for (const answer of answers) {
      vi.stubGlobal(
        'fetch',
        vi.fn(async () => answer),
      );
      expect(await maxPlayer.nowPlaying(key, at(url), pageOf(url))).toBeNull();
    }
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => {
        throw new TypeError('offline');
      }),
    );
    expect(await maxPlayer.nowPlaying(key, at(url), pageOf(url))).toBeNull();
  });

  it('reads a film by its name and year, never by the words of the player’s overlay', () => {
    const film = JSON.stringify({
      included: [
        {
          type: 'video',
          id: 'v1',
          attributes: { materialType: 'MOVIE', name: 'Dune', airDate: '2021-10-22T00:00:00Z' },
        },
      ],
    });
    expect(parseMaxRoute(film, 'v1')).toEqual({
      site: 'max',
      kind: 'movie',
      ids: {},
      title: 'Dune',
      year: 2021,
    });
    const trailer = parseMaxRoute(maxRouteAnswer(MAX_TRAILER_ID), MAX_TRAILER_ID);
    expect(trailer).toBeNull();
  });

  it('counts nothing while an ad break’s countdown shows', () => {
    const doc = pageOf(maxWatchUrl(1));
    const video = maxPlayer.video(doc) as HTMLVideoElement;
    expect(maxPlayer.isAd?.(doc, video)).toBe(false);
    const countdown = doc.createElement('div');
    countdown.dataset.testid = 'ad-break-countdown';
    doc.querySelector('[data-testid="playerContainer"]')?.append(countdown);
    expect(maxPlayer.isAd?.(doc, video)).toBe(true);
  });
});
