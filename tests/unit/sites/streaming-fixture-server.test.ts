import { describe, expect, it } from 'vitest';
import { appleTvEpisodeUrl } from '../../fixtures/sites/appletv-player';
import { huluEpisodeId, huluWatchUrl } from '../../fixtures/sites/hulu-player';
import { maxWatchUrl } from '../../fixtures/sites/max-player';
import { STREAMING_PLAYER_HOSTS, streamingPlayerAnswer } from '../../fixtures/sites/streaming-players';

const answerAt = (url: string) => streamingPlayerAnswer(new URL(url).hostname, new URL(url));

describe('the Max, Hulu and Apple TV+ fixture players', () => {
  it('serve each service’s player page at its production URL, with the autoplay step to the next episode', () => {
    for (const [url, next] of [
      [maxWatchUrl(1), new URL(maxWatchUrl(2)).pathname],
      [huluWatchUrl('bear', 1), new URL(huluWatchUrl('bear', 2)).pathname],
      [appleTvEpisodeUrl(1), new URL(appleTvEpisodeUrl(2)).pathname],
    ] as const) {
      const answer = answerAt(url);
      expect(answer.status, url).toBe(200);
      expect(answer.type).toBe('text/html');
      expect(String(answer.body)).toContain(next);
      expect(String(answer.body)).not.toMatch(/\{\{\w+\}\}/);
    }
  });

  it('answer the services’ JSON for the page’s origin with its cookies, as their APIs answer their web apps', () => {
    const route = answerAt(
      `https://default.any-amer.prd.api.discomax.com/cms/routes/video/watch/${maxWatchUrl(2).split('/watch/')[1]}`,
    );
    expect(route.status).toBe(200);
    expect(route.headers['access-control-allow-origin']).toBe('https://play.max.com');
    expect(route.headers['access-control-allow-credentials']).toBe('true');
    const entity = answerAt(
      `https://discover.hulu.com/content/v3/entity?language=en&schema=4&eab_ids=${huluEpisodeId('bear', 2)}`,
    );
    expect(JSON.parse(String(entity.body)).items[0]).toMatchObject({ series_name: 'The Bear', number: '2' });
    expect(entity.headers['access-control-allow-origin']).toBe('https://www.hulu.com');
  });

  it('serve the stylesheet and the repo’s WebM on every page host, and a 404 for anything else', () => {
    for (const host of ['play.max.com', 'www.hulu.com', 'tv.apple.com']) {
      expect(streamingPlayerAnswer(host, new URL(`https://${host}/_fixture/site.css`)).type).toBe('text/css');
      expect(
        streamingPlayerAnswer(host, new URL(`https://${host}/_fixture/media/player-60s.webm`)).type,
      ).toBe('video/webm');
    }
    for (const host of STREAMING_PLAYER_HOSTS)
      expect(streamingPlayerAnswer(host, new URL(`https://${host}/nothing-here`)).status, host).toBe(404);
  });
});
