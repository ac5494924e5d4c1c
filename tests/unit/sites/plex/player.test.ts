import { afterEach, describe, expect, it, vi } from 'vitest';
import { createPlexPlayer } from '../../../../lib/sites/plex/player';
import { readFixture } from '../../../fixtures/sites/pages';
import { edit, parseHtml } from '../load-page';

const PAGE =
  'https://plex.home.arpa:32400/web/index.html#!/server/0a1b2c3d4e5f/details?key=%2Flibrary%2Fmetadata%2F5000';
const APP = 'https://app.plex.tv/desktop/#!/';
const PLAYER_FILE = 'plex/web-player-breaking-bad.html';
const TOKEN = 'fixtureServerToken123';
const SERVER = 'https://plex.home.arpa:32400';

const at = (url: string) => new URL(url) as unknown as Location;
const noStorage = { getItem: () => null };
const page = (html = readFixture(PLAYER_FILE)) => parseHtml(html);

/** The fixture server's answers by ratingKey; any other request is a 404. */
function plexServer(answers: Record<string, string> = {}) {
  const fetch = vi.fn(async (input: string | URL, _init?: RequestInit) => {
    const url = new URL(String(input));
    const key = /^\/library\/metadata\/(\d+)$/.exec(url.pathname)?.[1] ?? '';
    const body = answers[key] ?? (url.origin === SERVER ? tryFixture(`plex/metadata-${key}.json`) : null);
    return body === null ? new Response('', { status: 404 }) : new Response(body, { status: 200 });
  });
  vi.stubGlobal('fetch', fetch);
  return fetch;
}
function tryFixture(file: string): string | null {
  try {
    return readFixture(file);
  } catch {
    return null;
  }
}
const calls = (fetch: ReturnType<typeof plexServer>) =>
  fetch.mock.calls.map(([input, init]) => ({ url: String(input), init: init ?? {} }));

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('Plex Web’s player', () => {
  it('keys the playback by the player’s episode link (its ratingKey), and nothing without the player', () => {
    const player = createPlexPlayer(noStorage);
    expect(player.playingKey(at(PAGE), page())).toBe('5012');
    const film = edit(
      readFixture(PLAYER_FILE),
      /<div class="MetadataPosterTitle-title-x3 MetadataPosterTitle-isSecondary-x4">[\s\S]*?<\/div>/,
      '',
    );
    // A film's player has one title line: its link names the film.
    expect(player.playingKey(at(PAGE), page(film))).toBe('5000');
    const browse = edit(
      readFixture(PLAYER_FILE),
      /<div class="ControlsContainer[\s\S]*?<\/video>|<div class="ControlsContainer-controls-x2">[\s\S]*<\/div>\n {2}<\/div>/,
      '',
    );
    expect(player.playingKey(at(PAGE), page(browse))).toBeNull();
  });

  it('finds the player’s <video>', () => {
    const video = createPlexPlayer(noStorage).video(page());
    expect(video?.getAttribute('src')).toBe('/_fixture/media/player-60s.webm');
  });

  it('tells an episode by its show’s Guids from the page’s own server, with the page’s token in a header only', async () => {
    const fetch = plexServer();
    const playing = await createPlexPlayer(noStorage).nowPlaying('5012', at(PAGE), page());
    expect(playing).toEqual({
      key: '5012',
      media: {
        site: 'plex',
        kind: 'episode',
        ids: {},
        title: "...And the Bag's in the River",
        show: { ids: { imdb: 'tt0903747', tmdb: '1396', tvdb: '81189' }, title: 'Breaking Bad' },
        season: 1,
        episode: 3,
      },
    });
    const sent = calls(fetch);
    expect(sent.map((call) => call.url)).toEqual([
      `${SERVER}/library/metadata/5012?includeGuids=1`,
      `${SERVER}/library/metadata/5000?includeGuids=1`,
    ]);
    for (const call of sent) {
      expect(call.init.headers).toEqual({ Accept: 'application/json', 'X-Plex-Token': TOKEN });
      expect(call.url).not.toContain(TOKEN);
      expect(call.init.credentials).toBe('omit');
    }
  });

  it('plays a trailer or a cinema pre-roll (a clip on the server) as an ad, asked about once', async () => {
    const fetch = plexServer();
    const player = createPlexPlayer(noStorage);
    const trailer = page(readFixture(PLAYER_FILE).replaceAll('metadata%2F5012', 'metadata%2F7101'));
    const video = player.video(trailer) as HTMLVideoElement;
    expect(player.playingKey(at(PAGE), trailer)).toBe('7101');
    expect(player.isAd?.(trailer, video)).toBe(false);
    expect(await player.nowPlaying('7101', at(PAGE), trailer)).toBeNull();
    expect(player.isAd?.(trailer, video)).toBe(true);
    expect(await player.nowPlaying('7101', at(PAGE), trailer)).toBeNull();
    expect(fetch).toHaveBeenCalledTimes(1);
    // The programme after it is no ad.
    const programme = page();
    expect(player.isAd?.(programme, player.video(programme) as HTMLVideoElement)).toBe(false);
  });

  it('tells a film by an older agent’s guid, with its title and year', async () => {
    plexServer();
    const playing = await createPlexPlayer(noStorage).nowPlaying('7001', at(PAGE), page());
    expect(playing?.media).toEqual({
      site: 'plex',
      kind: 'movie',
      ids: { imdb: 'tt0133093' },
      title: 'The Matrix',
      year: 1999,
    });
  });

  it('falls back on the show’s title when its own metadata cannot be had, and drops ids that are not ids', async () => {
    const episode = readFixture('plex/metadata-5012.json');
    plexServer({
      '5000':
        '{"MediaContainer":{"Metadata":[{"ratingKey":"5000","type":"show","Guid":[{"id":"imdb://nm0000001"},{"id":"tvdb://x81189"}]}]}}',
      '5012': episode,
    });
    const withBadIds = await createPlexPlayer(noStorage).nowPlaying('5012', at(PAGE), page());
    expect(withBadIds?.media.show).toEqual({ ids: {}, title: 'Breaking Bad' });
    plexServer({ '5000': 'not json', '5012': episode });
    const unreadable = await createPlexPlayer(noStorage).nowPlaying('5012', at(PAGE), page());
    expect(unreadable?.media).toMatchObject({
      kind: 'episode',
      show: { ids: {}, title: 'Breaking Bad' },
      season: 1,
      episode: 3,
    });
  });

  it('says nothing for a refused, malformed or foreign answer, nor when offline', async () => {
    for (const body of [
      'not json',
      '{"MediaContainer":{"Metadata":[{"ratingKey":"9999","type":"movie","title":"Other"}]}}',
      '{"MediaContainer":{}}',
    ]) {
      plexServer({ '7001': body });
      expect(await createPlexPlayer(noStorage).nowPlaying('7001', at(PAGE), page()), body).toBeNull();
    }
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => new Response('Unauthorized', { status: 401 })),
    );
    expect(await createPlexPlayer(noStorage).nowPlaying('7001', at(PAGE), page())).toBeNull();
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => Promise.reject(new TypeError('offline'))),
    );
    expect(await createPlexPlayer(noStorage).nowPlaying('7001', at(PAGE), page())).toBeNull();
  });

  it('uses the token a server’s own /web keeps when no poster names the server, and asks nobody when neither does', async () => {
    const posterless = edit(readFixture(PLAYER_FILE), /<img alt="" data-fixture-poster[^>]*>/, '');
    const stored = {
      getItem: (key: string) => (key === 'myPlexAccessToken' ? 'storedAccountToken42' : null),
    };
    const fetch = plexServer();
    expect((await createPlexPlayer(stored).nowPlaying('7001', at(PAGE), page(posterless)))?.media.title).toBe(
      'The Matrix',
    );
    expect(calls(fetch)[0]).toMatchObject({
      url: `${SERVER}/library/metadata/7001?includeGuids=1`,
      init: { headers: { 'X-Plex-Token': 'storedAccountToken42' } },
    });
    fetch.mockClear();
    // app.plex.tv is no server: its storage's account token is never sent anywhere.
    expect(await createPlexPlayer(stored).nowPlaying('7001', at(APP), page(posterless))).toBeNull();
    const throwing = {
      getItem: () => {
        throw new DOMException('denied', 'SecurityError');
      },
    };
    expect(await createPlexPlayer(throwing).nowPlaying('7001', at(PAGE), page(posterless))).toBeNull();
    expect(fetch).not.toHaveBeenCalled();
  });
});
