/**
 * Prime Video's player adapter on the fixture detail pages (docs/sites.md, Prime Video): the player opens
 * over the detail page at its own address, what plays is the page's catalog record the overlay shows
 * (never its words), trailers and the hero preview are no playback, ads count nothing, and the position
 * is the time indicator's.
 */
import { describe, expect, it } from 'vitest';
import { primeTitles } from '../../../../lib/sites/primevideo/catalog';
import { primevideoPlayer } from '../../../../lib/sites/primevideo/player';
import {
  PRIME_TITLES,
  type PrimeTitleKey,
  primeDetailUrl,
  primeMedia,
  primeShopUrl,
  primevideoAnswer,
} from '../../../fixtures/sites/primevideo-player';
import { parseHtml } from '../load-page';

function page(key: PrimeTitleKey, host = 'www.primevideo.com') {
  const url = new URL(primeDetailUrl(key, undefined, host));
  const answer = primevideoAnswer(url.hostname, url);
  if (!answer) throw new Error('no fixture page');
  return { doc: parseHtml(String(answer.body)), location: url as unknown as Location };
}

/** Opens the page's player as its Play button does, showing these overlay texts. */
function openPlayer(doc: Document, heading: string, subtitle = '', time = '') {
  const player = doc.getElementById('dv-web-player') as HTMLElement;
  player.classList.add('dv-player-fullscreen');
  const set = (name: string, text: string) => {
    (player.querySelector(`.atvwebplayersdk-${name}-text`) as HTMLElement).textContent = text;
  };
  set('title', heading);
  set('subtitle', subtitle);
  set('timeindicator', time);
  return player;
}

async function playing(doc: Document, location: Location) {
  const key = primevideoPlayer.playingKey(location, doc);
  return key ? ((await primevideoPlayer.nowPlaying(key, location, doc))?.media ?? null) : null;
}

describe("Prime Video's player", () => {
  it("reads every title's catalog record from the page's state", () => {
    const titles = primeTitles(page('boys').doc);
    expect(titles.filter((title) => title.entityType === 'TV Show')).toHaveLength(8);
    expect(titles.find((title) => title.episode === 4)).toMatchObject({
      title: 'The Female of the Species',
      show: 'The Boys',
      season: 1,
    });
  });

  it('is no playback while the player is closed, even with the hero preview playing', () => {
    const { doc, location } = page('boys');
    expect(primevideoPlayer.playingKey(location, doc)).toBeNull();
    expect(primevideoPlayer.video(doc)).toBeNull();
  });

  it("tells the episode the overlay shows from the page's records, in English and in German", async () => {
    const { doc, location } = page('boys');
    const player = openPlayer(doc, 'The Boys', 'Season 1, Ep. 4 The Female of the Species');
    expect(await playing(doc, location)).toEqual(primeMedia('boys', 4));
    expect(primevideoPlayer.video(doc)).toBe(player.querySelector('video'));
    openPlayer(doc, 'The Boys', 'Staffel 1, Folge 2 Cherry');
    expect(await playing(doc, location)).toEqual(primeMedia('boys', 2));
  });

  it("tells a film with its year, on amazon.com's /gp/video/ pages too", async () => {
    const { doc, location } = page('oppenheimer', 'www.amazon.com');
    openPlayer(doc, 'Oppenheimer');
    expect(await playing(doc, location)).toEqual(primeMedia('oppenheimer'));
    expect(primeMedia('oppenheimer')).toMatchObject({ kind: 'movie', year: 2023 });
  });

  it("is no playback on amazon.com's shop pages", () => {
    const { doc } = page('oppenheimer', 'www.amazon.com');
    openPlayer(doc, 'Oppenheimer');
    const shop = new URL('https://www.amazon.com/dp/B0C123') as unknown as Location;
    expect(primevideoPlayer.playingKey(shop, doc)).toBeNull();
  });

  it("tells the episode on amazon.de's German /gp/video/ page from its German records, and nothing on its shop pages", async () => {
    const { doc, location } = page('boys', 'www.amazon.de');
    expect(location.pathname.startsWith('/gp/video/detail/')).toBe(true);
    expect(doc.documentElement.lang).toBe('de');
    openPlayer(doc, 'The Boys', 'Staffel 1, Folge 7 Die Gesellschaft zur Selbsterhaltung');
    expect(await playing(doc, location)).toEqual(primeMedia('boys', 7, 'www.amazon.de'));
    expect(primeMedia('boys', 7, 'www.amazon.de').title).toBe('Die Gesellschaft zur Selbsterhaltung');
    const shop = new URL(primeShopUrl('boys', 'www.amazon.de'));
    expect(primevideoAnswer(shop.hostname, shop)?.status).toBe(200);
    expect(primevideoPlayer.playingKey(shop as unknown as Location, doc)).toBeNull();
  });

  it("never counts a trailer played in the full player, a series' or a film's", () => {
    const series = page('boys');
    openPlayer(series.doc, 'The Boys', 'Season 1 Official Trailer');
    expect(primevideoPlayer.playingKey(series.location, series.doc)).toBeNull();
    const film = page('oppenheimer');
    openPlayer(film.doc, 'Oppenheimer', 'Official Trailer');
    expect(primevideoPlayer.playingKey(film.location, film.doc)).toBeNull();
  });

  it('keeps a playback it cannot tell (the line says so), and answers null for a stale key', async () => {
    const { doc, location } = page('boys');
    openPlayer(doc, 'The Boys', 'Season 2, Ep. 1 The Big Ride');
    const key = primevideoPlayer.playingKey(location, doc);
    expect(key).not.toBeNull();
    expect(await primevideoPlayer.nowPlaying(key as string, location, doc)).toBeNull();
    openPlayer(doc, 'The Boys', 'Season 1, Ep. 5 Good for the Soul');
    expect(await primevideoPlayer.nowPlaying(key as string, location, doc)).toBeNull();
  });

  it('tells the playback once the page writes its state, after the player opened', async () => {
    const { doc, location } = page('boys');
    const state = doc.querySelector('script[type="text/template"]') as HTMLElement;
    const written = state.textContent as string;
    state.textContent = '{}';
    openPlayer(doc, 'The Boys', 'Season 1, Ep. 7 The Self-Preservation Society');
    const key = primevideoPlayer.playingKey(location, doc) as string;
    expect(await primevideoPlayer.nowPlaying(key, location, doc)).toBeNull();
    state.textContent = written;
    expect(primevideoPlayer.playingKey(location, doc)).toBe(key);
    expect((await primevideoPlayer.nowPlaying(key, location, doc))?.media).toEqual(primeMedia('boys', 7));
  });

  it('cannot tell an episode whose record names no series: a playback, with nothing named', async () => {
    const { doc, location } = page('boys');
    const state = doc.querySelector('script[type="text/template"]') as HTMLElement;
    const record = {
      catalog: { id: 'amzn1.dv.gti.x', title: 'Orphan', entityType: 'TV Show', episodeNumber: 3 },
    };
    state.textContent = JSON.stringify({ props: { state: { titles: [record] } } });
    openPlayer(doc, 'The Boys', 'Season 1, Ep. 3 Orphan');
    expect(primeTitles(doc)).toEqual([
      { id: 'amzn1.dv.gti.x', entityType: 'TV Show', title: 'Orphan', episode: 3 },
    ]);
    const key = primevideoPlayer.playingKey(location, doc);
    expect(key).not.toBeNull();
    expect(await primevideoPlayer.nowPlaying(key as string, location, doc)).toBeNull();
  });

  it('names each autoplayed episode a new playback', () => {
    const { doc, location } = page('boys');
    openPlayer(doc, 'The Boys', 'Season 1, Ep. 4 The Female of the Species');
    const fourth = primevideoPlayer.playingKey(location, doc);
    openPlayer(doc, 'The Boys', 'Season 1, Ep. 5 Good for the Soul');
    expect(primevideoPlayer.playingKey(location, doc)).not.toBe(fourth);
  });

  it('survives a page whose state is not JSON', async () => {
    const { doc, location } = page('boys');
    (doc.querySelector('script[type="text/template"]') as HTMLElement).textContent = '{"props":';
    openPlayer(doc, 'The Boys', 'Season 1, Ep. 1 The Name of the Game');
    expect(primeTitles(doc)).toEqual([]);
    expect(await playing(doc, location)).toBeNull();
  });

  it("counts nothing while the ad break's timer shows", () => {
    const { doc } = page('boys');
    const player = openPlayer(doc, 'The Boys', 'Season 1, Ep. 3 Get Some');
    const video = player.querySelector('video') as HTMLVideoElement;
    expect(primevideoPlayer.isAd?.(doc, video)).toBe(false);
    player.insertAdjacentHTML('beforeend', '<div class="atvwebplayersdk-ad-timer-text">Ad 0:25</div>');
    expect(primevideoPlayer.isAd?.(doc, video)).toBe(true);
  });

  it("takes the programme's position from the time indicator, never the video's clock (ads in it)", () => {
    const { doc } = page('boys');
    openPlayer(doc, 'The Boys', 'Season 1, Ep. 3 Get Some', '51:00 / 1:00:00');
    const video = { currentTime: 3_330, duration: 3_690 } as HTMLVideoElement;
    expect(primevideoPlayer.position?.(doc, video)).toEqual({ currentTime: 3_060, duration: 3_600 });
    openPlayer(doc, 'The Boys', 'Season 1, Ep. 3 Get Some', '');
    expect(primevideoPlayer.position?.(doc, video)?.duration).toBeNaN();
  });

  it('knows each fixture title by its own id', () => {
    expect(new Set(Object.values(PRIME_TITLES).map((title) => title.id)).size).toBe(3);
  });
});
