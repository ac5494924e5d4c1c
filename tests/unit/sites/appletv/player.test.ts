import { describe, expect, it } from 'vitest';
import { appleTvPlayer } from '../../../../lib/sites/appletv/player';
import {
  APPLE_TV_MOVIE_URL,
  APPLE_TV_SERIES,
  appleTvAnswer,
  appleTvEpisode,
  appleTvEpisodeId,
  appleTvEpisodeUrl,
} from '../../../fixtures/sites/appletv-player';
import { edit, parseHtml } from '../load-page';

const at = (url: string) => new URL(url) as unknown as Location;
const htmlOf = (url: string) => {
  const answer = appleTvAnswer('tv.apple.com', new URL(url));
  if (!answer) throw new Error(`no fixture page at ${url}`);
  return String(answer.body);
};
const pageOf = (url: string) => parseHtml(htmlOf(url));

describe('Apple TV+’s player', () => {
  it('keys a playback by an episode or film page’s umc.cmc id; a show page, a clip or the home page has none', () => {
    const doc = pageOf(appleTvEpisodeUrl(2));
    expect(appleTvPlayer.playingKey(at(appleTvEpisodeUrl(2)), doc)).toBe(appleTvEpisodeId(2));
    expect(appleTvPlayer.playingKey(at(APPLE_TV_MOVIE_URL), doc)).toBe('umc.cmc.4ayw8tn4q4f7vaxjzk0eudn5s');
    for (const other of [
      APPLE_TV_SERIES.showUrl,
      'https://tv.apple.com/us/clip/severance-season-2-trailer/umc.cmc.7gvn6fekgfpq5fc72pgi1bkfe',
      'https://tv.apple.com/us/sporting-event/some-match/umc.cmc.2bn3p0oz2a5vqjd8s3lh6j9wf',
      'https://tv.apple.com/us',
    ])
      expect(appleTvPlayer.playingKey(at(other), doc), other).toBeNull();
  });

  it('finds the player’s video, never a promotional one', () => {
    const doc = pageOf(appleTvEpisodeUrl(1));
    const video = appleTvPlayer.video(doc);
    expect(video?.closest('[data-testid="video-container"]')).not.toBeNull();
    expect(appleTvPlayer.video(pageOf(APPLE_TV_SERIES.showUrl))).toBeNull();
  });

  it('tells the episode from the page’s JSON-LD while its content id is the URL’s', async () => {
    const url = appleTvEpisodeUrl(4);
    const key = appleTvEpisodeId(4);
    expect(await appleTvPlayer.nowPlaying(key, at(url), pageOf(url))).toEqual({
      key,
      media: appleTvEpisode(4),
    });
  });

  it('lends nothing to the next episode while the page still shows the last one’s metadata', async () => {
    const key = appleTvEpisodeId(5);
    // Autoplay: the URL is episode 5's, the page's content id and JSON-LD still episode 4's.
    expect(
      await appleTvPlayer.nowPlaying(key, at(appleTvEpisodeUrl(5)), pageOf(appleTvEpisodeUrl(4))),
    ).toBeNull();
  });

  it('names nothing from a page without its JSON-LD or with a broken one', async () => {
    const url = appleTvEpisodeUrl(4);
    const key = appleTvEpisodeId(4);
    const script = /<script type="application\/ld\+json" id="episode-ld">[\s\S]*?<\/script>/;
    for (const replacement of [
      '',
      '<script type="application/ld+json" id="episode-ld">{"@type":"TVEpisode",</script>',
    ])
      expect(
        await appleTvPlayer.nowPlaying(key, at(url), parseHtml(edit(htmlOf(url), script, replacement))),
      ).toBeNull();
  });

  it('reads a film by its name and the year it came out', async () => {
    const key = 'umc.cmc.4ayw8tn4q4f7vaxjzk0eudn5s';
    expect(await appleTvPlayer.nowPlaying(key, at(APPLE_TV_MOVIE_URL), pageOf(APPLE_TV_MOVIE_URL))).toEqual({
      key,
      media: { site: 'appletv', kind: 'movie', ids: {}, title: 'Greyhound', year: 2020 },
    });
  });
});
