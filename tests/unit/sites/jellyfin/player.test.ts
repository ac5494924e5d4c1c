import { afterEach, describe, expect, it, vi } from 'vitest';
import { createJellyfinPlayer } from '../../../../lib/sites/jellyfin/player';
import { readFixture } from '../../../fixtures/sites/pages';
import { edit, parseHtml } from '../load-page';

const SERVER = 'https://jellyfin.home.arpa:8096';
const PLAYER = `${SERVER}/web/index.html#/video`;
const FILE = 'jellyfin/web-video-game-of-thrones.html';
const EPISODE = 'a1b2c3d4e5f60718293a4b5c6d7e8f90';
/** Game of Thrones' season trailer, a `Trailer` item on the server. */
const TRAILER = 'd4e5f6a7b8c90718293a4b5c6d7e8f92';
const USER = '9a8b7c6d5e4f30211203f4e5d6c7b8a9';
const TOKEN = 'fixtureJellyfinToken0123456789ab';

const at = (url: string) => new URL(url) as unknown as Location;
const page = (html = readFixture(FILE)) => parseHtml(html);

/** The page's storage as the fixture page's sign-in script leaves it (jellyfin-web's keys). */
function signedIn(
  servers: unknown[] = [{ ManualAddress: SERVER, AccessToken: TOKEN, UserId: USER }],
  key = 'jellyfin_credentials',
) {
  const stored: Record<string, string> = {
    [key]: JSON.stringify({ Servers: servers }),
    _deviceId2: 'fixtureDevice42',
  };
  return { getItem: (name: string) => stored[name] ?? null };
}

/** The fixture server: the items under /Users/<user>/Items/<id>, this device's session; anything else 404. */
function jellyfinServer(options: { newer?: boolean; items?: Record<string, string> } = {}) {
  const fetch = vi.fn(async (input: string | URL) => {
    const url = new URL(String(input));
    const id = (options.newer ? /^\/Items\/(\w+)$/ : new RegExp(`^/Users/${USER}/Items/(\\w+)$`)).exec(
      url.pathname,
    )?.[1];
    if (url.pathname === '/Sessions' && url.searchParams.get('deviceId') === 'fixtureDevice42')
      return new Response(readFixture('jellyfin/sessions-fixtureDevice42.json'));
    const body = id ? (options.items?.[id] ?? tryFixture(`jellyfin/item-${id}.json`)) : null;
    return body === null ? new Response('', { status: 404 }) : new Response(body);
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
const urls = (fetch: ReturnType<typeof jellyfinServer>) => fetch.mock.calls.map(([input]) => String(input));
const GOT_E2 = {
  site: 'jellyfin',
  kind: 'episode',
  ids: {},
  title: 'The Kingsroad',
  show: { ids: { imdb: 'tt0944947', tmdb: '1399', tvdb: '121361' }, title: 'Game of Thrones' },
  season: 1,
  episode: 2,
};

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('Jellyfin’s and Emby’s web player', () => {
  it('plays a trailer or a cinema intro (an extra on the server) as an ad, asked about once', async () => {
    const fetch = jellyfinServer();
    const player = createJellyfinPlayer(signedIn());
    const trailer = page(readFixture(FILE).replaceAll(EPISODE, TRAILER));
    const video = player.video(trailer) as HTMLVideoElement;
    expect(player.playingKey(at(PLAYER), trailer)).toBe(TRAILER);
    expect(player.isAd?.(trailer, video)).toBe(false);
    expect(await player.nowPlaying(TRAILER, at(PLAYER), trailer)).toBeNull();
    expect(player.isAd?.(trailer, video)).toBe(true);
    expect(await player.nowPlaying(TRAILER, at(PLAYER), trailer)).toBeNull();
    expect(urls(fetch)).toEqual([`${SERVER}/Users/${USER}/Items/${TRAILER}`]);
    // The programme after it is no ad.
    const programme = page();
    expect(player.isAd?.(programme, player.video(programme) as HTMLVideoElement)).toBe(false);
  });

  it('keys the playback by the item id in the video’s address, on the player route only', () => {
    const player = createJellyfinPlayer(signedIn());
    expect(player.playingKey(at(PLAYER), page())).toBe(EPISODE);
    expect(player.playingKey(at(`${SERVER}/web/index.html#!/videoosd/videoosd.html`), page())).toBe(EPISODE);
    for (const url of [
      `${SERVER}/web/index.html#/details?id=${EPISODE}`,
      `${SERVER}/web/index.html#/home.html`,
      `${SERVER}/web/index.html`,
    ])
      expect(player.playingKey(at(url), page()), url).toBeNull();
    const blob = edit(
      readFixture(FILE),
      /src="\/Videos\/[^"]*"/,
      'src="blob:https://jellyfin.home.arpa:8096/4f1c0a52-9d7e-4d41-8c3a-2e6b8f0d1a77"',
    );
    expect(player.playingKey(at(PLAYER), page(blob))).toBe(
      'blob:https://jellyfin.home.arpa:8096/4f1c0a52-9d7e-4d41-8c3a-2e6b8f0d1a77',
    );
    expect(player.video(page())?.classList.contains('htmlvideoplayer')).toBe(true);
  });

  it('tells an episode by its series’ ProviderIds from the page’s own server, with the page’s token in a header only', async () => {
    const fetch = jellyfinServer();
    const playing = await createJellyfinPlayer(signedIn()).nowPlaying(EPISODE, at(PLAYER), page());
    expect(playing).toEqual({ key: EPISODE, media: GOT_E2 });
    expect(urls(fetch)).toEqual([
      `${SERVER}/Users/${USER}/Items/${EPISODE}`,
      `${SERVER}/Users/${USER}/Items/0f0e0d0c0b0a09080706050403020100`,
    ]);
    for (const [input, init] of fetch.mock.calls as unknown as [string, RequestInit][]) {
      expect(init.headers).toEqual({ Accept: 'application/json', 'X-Emby-Token': TOKEN });
      expect(input).not.toContain(TOKEN);
    }
  });

  it('asks a newer Jellyfin’s /Items/<id>?userId= when the older path is gone, and reads Emby’s sign-in', async () => {
    jellyfinServer({ newer: true });
    const movie = await createJellyfinPlayer(signedIn()).nowPlaying(
      '7c1e2d3f4a5b6c7d8e9f0a1b2c3d4e5f',
      at(PLAYER),
      page(),
    );
    expect(movie?.media).toEqual({
      site: 'jellyfin',
      kind: 'movie',
      ids: { imdb: 'tt0133093', tmdb: '603' },
      title: 'The Matrix',
      year: 1999,
    });
    const fetch = jellyfinServer();
    const emby = signedIn(
      [{ ManualAddress: SERVER, AccessToken: TOKEN, UserId: USER }],
      'servercredentials3',
    );
    expect((await createJellyfinPlayer(emby).nowPlaying(EPISODE, at(PLAYER), page()))?.media).toEqual(GOT_E2);
    expect(fetch).toHaveBeenCalled();
  });

  it('names a transcode’s blob playback by this device’s session on the server', async () => {
    const fetch = jellyfinServer();
    const key = 'blob:https://jellyfin.home.arpa:8096/4f1c0a52-9d7e-4d41-8c3a-2e6b8f0d1a77';
    const playing = await createJellyfinPlayer(signedIn()).nowPlaying(key, at(PLAYER), page());
    expect(playing).toEqual({ key, media: GOT_E2 });
    expect(urls(fetch)[0]).toBe(`${SERVER}/Sessions?deviceId=fixtureDevice42`);
  });

  it('takes the sign-in of the page’s own server first, and sends it to the page’s origin only', async () => {
    const fetch = jellyfinServer();
    const servers = [
      {
        ManualAddress: 'https://other.example',
        AccessToken: 'otherServerToken99',
        UserId: USER,
        DateLastAccessed: 1766000000000,
      },
      { LocalAddress: `${SERVER}/`, AccessToken: TOKEN, UserId: USER, DateLastAccessed: 1765000000000 },
    ];
    await createJellyfinPlayer(signedIn(servers)).nowPlaying(EPISODE, at(PLAYER), page());
    for (const [input, init] of fetch.mock.calls as unknown as [string, RequestInit][]) {
      expect(new URL(input).origin).toBe(SERVER);
      expect((init.headers as Record<string, string>)['X-Emby-Token']).toBe(TOKEN);
    }
  });

  it('falls back on the series’ name when its item cannot be had, and says nothing without a sign-in or a readable item', async () => {
    jellyfinServer({
      items: {
        '0f0e0d0c0b0a09080706050403020100':
          '{"Id":"0f0e0d0c0b0a09080706050403020100","Type":"Series","ProviderIds":{"Imdb":"0944947","Tvdb":"abc"}}',
      },
    });
    const named = await createJellyfinPlayer(signedIn()).nowPlaying(EPISODE, at(PLAYER), page());
    expect(named?.media.show).toEqual({ ids: {}, title: 'Game of Thrones' });
    const fetch = jellyfinServer();
    for (const storage of [
      { getItem: () => null },
      { getItem: () => '{"Servers":[{"AccessToken":"x"}]}' },
      { getItem: () => 'not json' },
    ])
      expect(await createJellyfinPlayer(storage).nowPlaying(EPISODE, at(PLAYER), page())).toBeNull();
    expect(fetch).not.toHaveBeenCalled();
    for (const body of [
      'not json',
      '{"Id":"ffffffffffffffffffffffffffffffff","Type":"Movie","Name":"Other"}',
      `{"Id":"${EPISODE}","Type":"Episode","Name":"No numbers"}`,
    ]) {
      jellyfinServer({ items: { [EPISODE]: body } });
      expect(await createJellyfinPlayer(signedIn()).nowPlaying(EPISODE, at(PLAYER), page()), body).toBeNull();
    }
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => Promise.reject(new TypeError('offline'))),
    );
    expect(await createJellyfinPlayer(signedIn()).nowPlaying(EPISODE, at(PLAYER), page())).toBeNull();
  });
});
