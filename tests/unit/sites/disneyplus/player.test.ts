/**
 * Disney+'s player adapter on the fixture player pages (docs/sites.md, Disney+: the player): which
 * addresses are a playback, what plays (the page's structured data, else the overlay's title and
 * numbers, never its words), the programme's position from the progress bar, and the ad break.
 */
import { describe, expect, it } from 'vitest';
import { disneyplusNowPlaying } from '../../../../lib/sites/disneyplus/now-playing';
import { playIdOf } from '../../../../lib/sites/disneyplus/paths';
import { disneyplusPlayer } from '../../../../lib/sites/disneyplus/player';
import { disneyplusPage, disneyplusPlayId } from '../../../fixtures/sites/disneyplus-player';
import { edit, parseHtml } from '../load-page';

const ID = disneyplusPlayId(5);
const page = (query = '') => {
  const html = disneyplusPage(new URL(`https://www.disneyplus.com/play/${ID}${query}`));
  if (!html) throw new Error('no fixture page');
  return html;
};

const EPISODE_5 = {
  site: 'disneyplus',
  kind: 'episode',
  ids: {},
  title: 'Chapter 5',
  show: { ids: {}, title: 'The Mandalorian' },
  season: 1,
  episode: 5,
};

describe("Disney+'s player pages", () => {
  it.each([
    [`/play/${ID}`, ID],
    [`/en-gb/play/${ID}`, ID],
    ['/video/7d1a2b3c-4e5f-6071-8293-a4b5c6d7e8f9', '7d1a2b3c-4e5f-6071-8293-a4b5c6d7e8f9'],
    ['/browse/entity-3e1b', null],
    ['/home', null],
    [`/play/${ID}/extra`, null],
  ])('%s is the playback %s', (path, key) => {
    expect(playIdOf(path)).toBe(key);
  });

  it("reads what plays from the page's structured data", () => {
    expect(disneyplusNowPlaying(parseHtml(page()))).toEqual(EPISODE_5);
  });

  it("reads the overlay's title and its numbers only when the page has no structured data, in any language", () => {
    const doc = parseHtml(edit(page('?overlay=1'), 'S1: E5 Chapter 5', 'T1: ep. 5 Capítulo 5'));
    expect(disneyplusNowPlaying(doc)).toEqual({
      site: 'disneyplus',
      kind: 'episode',
      ids: {},
      show: { ids: {}, title: 'The Mandalorian' },
      season: 1,
      episode: 5,
    });
  });

  it('says "could not tell" (null) for a page that names nothing, and for another key than the address', async () => {
    const empty = parseHtml('<html><body><disney-web-player></disney-web-player></body></html>');
    expect(disneyplusNowPlaying(empty)).toBeNull();
    const location = new URL(`https://www.disneyplus.com/play/${ID}`) as unknown as Location;
    expect(await disneyplusPlayer.nowPlaying('another-id-0001', location, parseHtml(page()))).toBeNull();
    expect(await disneyplusPlayer.nowPlaying(ID, location, parseHtml(page()))).toEqual({
      key: ID,
      media: EPISODE_5,
    });
  });

  it("finds the programme's video, not the media client's nor the up-next preview", () => {
    const video = disneyplusPlayer.video(parseHtml(page()));
    expect(video?.id).toBe('hivePlayer1');
  });

  it("takes the programme's position from the progress bar's thumb, never the video's buffer clock", () => {
    const doc = parseHtml(page());
    const bar = doc.querySelector('progress-bar') as HTMLElement;
    bar.attachShadow({ mode: 'open' }).innerHTML =
      '<div class="progress-bar__thumb" aria-valuenow="1989" aria-valuemax="2340"></div>';
    const video = { currentTime: 73_112, duration: 73_200 } as HTMLVideoElement;
    expect(disneyplusPlayer.position?.(doc, video)).toEqual({ currentTime: 1989, duration: 2340 });
    const noBar = parseHtml(page());
    expect(disneyplusPlayer.position?.(noBar, video)?.duration).toBeNaN();
  });

  it('counts nothing while the ad badge shows', () => {
    const video = {} as HTMLVideoElement;
    expect(disneyplusPlayer.isAd?.(parseHtml(page()), video)).toBe(false);
    expect(disneyplusPlayer.isAd?.(parseHtml(page('?ad=1')), video)).toBe(true);
  });
});
