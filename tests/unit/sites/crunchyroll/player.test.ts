import { afterEach, describe, expect, it, vi } from 'vitest';
import { crunchyrollPlayer, crunchyrollPlayerFrame } from '../../../../lib/sites/crunchyroll/player';
import { CRUNCHYROLL_FRIEREN_E5, readFixture } from '../../../fixtures/sites/pages';
import { edit, parseHtml } from '../load-page';

const NEWER = 'https://www.crunchyroll.com/watch/GX9UQE5P1/phantoms-of-the-dead';
const NEWER_FILE = 'crunchyroll/watch-GX9UQE5P1-frieren-e5.html';
const OLDER = 'https://www.crunchyroll.com/de/watch/G6NQ5DWZ6/departure-x-and-x-friends';
const OLDER_FILE = 'crunchyroll/watch-de-G6NQ5DWZ6-hunter-x-hunter-vilos.html';
const FRAME = 'https://static.crunchyroll.com/vilos-v2/web/vilos/player.html';

/** The page's location as the engine passes it (the parts the adapter reads). */
const at = (url: string) => new URL(url) as unknown as Location;

/** A fixture page as the engine sees it (the test window never loads the older player's frame). */
const testWindow = globalThis as { happyDOM?: { settings: { disableIframePageLoading: boolean } } };
if (testWindow.happyDOM) testWindow.happyDOM.settings.disableIframePageLoading = true;
const onPage = <T>(_url: string, html: string, read: (doc: Document) => Promise<T> | T): Promise<T> =>
  Promise.resolve(read(parseHtml(html)));

const cms = (id: string) => readFixture(`crunchyroll/cms-${id}.json`);
const answer = (status: number, body: string) => new Response(body, { status });

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('Crunchyroll’s newer player: the <video> in the watch page', () => {
  it('keys the playback by the /watch path’s episode id, with or without a locale, and nothing else', async () => {
    await onPage(NEWER, readFixture(NEWER_FILE), (doc) => {
      expect(crunchyrollPlayer.playingKey(at(NEWER), doc)).toBe('GX9UQE5P1');
      expect(crunchyrollPlayer.playingKey(at(OLDER), doc)).toBe('G6NQ5DWZ6');
      for (const url of [
        'https://www.crunchyroll.com/series/GG5H5XQX4/frieren-beyond-journeys-end',
        'https://www.crunchyroll.com/search?q=frieren',
        'https://www.crunchyroll.com/',
        FRAME,
      ])
        expect(crunchyrollPlayer.playingKey(at(url), doc), url).toBeNull();
    });
  });

  it('finds the programme’s video in the page', async () => {
    await onPage(NEWER, readFixture(NEWER_FILE), (doc) => {
      const video = crunchyrollPlayer.video(doc);
      expect(video?.tagName).toBe('VIDEO');
      expect(video?.getAttribute('src')).toBe('/_fixture/media/player-60s.webm');
    });
  });

  it('tells what plays from the page’s JSON-LD, asking the site nothing', async () => {
    const fetch = vi.fn();
    vi.stubGlobal('fetch', fetch);
    const playing = await onPage(NEWER, readFixture(NEWER_FILE), (doc) =>
      crunchyrollPlayer.nowPlaying('GX9UQE5P1', at(NEWER), doc),
    );
    expect(playing).toEqual({ key: 'GX9UQE5P1', media: CRUNCHYROLL_FRIEREN_E5 });
    expect(fetch).not.toHaveBeenCalled();
  });

  it('asks the site’s own cms/objects JSON, same origin with the page’s cookies, when the page has no JSON-LD', async () => {
    const fetch = vi.fn(async () => answer(200, cms('GX9UQE5P1')));
    vi.stubGlobal('fetch', fetch);
    const html = edit(
      readFixture(NEWER_FILE),
      /<script type="application\/ld\+json">[\s\S]*?<\/script>\n/g,
      '',
    );
    const playing = await onPage(NEWER, html, (doc) =>
      crunchyrollPlayer.nowPlaying('GX9UQE5P1', at(NEWER), doc),
    );
    expect(playing).toEqual({ key: 'GX9UQE5P1', media: CRUNCHYROLL_FRIEREN_E5 });
    const [url, init] = fetch.mock.calls[0] as unknown as [URL, RequestInit];
    expect(url.href).toBe(
      'https://www.crunchyroll.com/content/v2/cms/objects/GX9UQE5P1?ratings=true&locale=en',
    );
    expect(init.credentials).toBe('include');
  });

  it('falls back on the page’s headings when the site refuses (401), and says nothing when neither tells', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => answer(401, '{"code":"unauthorized"}')),
    );
    const noJsonLd = edit(
      readFixture(NEWER_FILE),
      /<script type="application\/ld\+json">[\s\S]*?<\/script>\n/g,
      '',
    );
    const headings = await onPage(NEWER, noJsonLd, (doc) =>
      crunchyrollPlayer.nowPlaying('GX9UQE5P1', at(NEWER), doc),
    );
    // The heading 'E5 - …' and the series link give the same episode.
    expect(headings?.media).toMatchObject({
      ids: { crunchyroll: 'GX9UQE5P1' },
      episode: 5,
      show: CRUNCHYROLL_FRIEREN_E5.show,
    });
    const bare = edit(noJsonLd, /<div class="erc-current-media-info">[\s\S]*?<\/h1>/, '');
    expect(
      await onPage(NEWER, bare, (doc) => crunchyrollPlayer.nowPlaying('GX9UQE5P1', at(NEWER), doc)),
    ).toBeNull();
  });

  it('reads nothing from a malformed or foreign answer, nor from a page that moved on to another episode', async () => {
    const bare = edit(
      readFixture(NEWER_FILE),
      /<script type="application\/ld\+json">[\s\S]*?<\/script>\n/g,
      '',
    );
    const page = edit(bare, /<div class="erc-current-media-info">[\s\S]*?<\/h1>/, '');
    for (const body of [
      'not json',
      '{"data":[{"type":"episode","id":"GOTHER123"}]}',
      '{"data":[{"type":"series","id":"GX9UQE5P1"}]}',
    ]) {
      vi.stubGlobal(
        'fetch',
        vi.fn(async () => answer(200, body)),
      );
      expect(
        await onPage(NEWER, page, (doc) => crunchyrollPlayer.nowPlaying('GX9UQE5P1', at(NEWER), doc)),
        body,
      ).toBeNull();
    }
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => {
        throw new TypeError('offline');
      }),
    );
    // The key is the next episode while the page still shows E5: E5's data is not lent to it.
    const next = await onPage(NEWER, readFixture(NEWER_FILE), (doc) =>
      crunchyrollPlayer.nowPlaying(
        'GX9UQE6P2',
        at('https://www.crunchyroll.com/watch/GX9UQE6P2/a-real-hero'),
        doc,
      ),
    );
    expect(next).toBeNull();
  });

  it('counts nothing while the player’s ad label shows', async () => {
    await onPage(NEWER, readFixture(NEWER_FILE), (doc) => {
      const video = crunchyrollPlayer.video(doc) as HTMLVideoElement;
      expect(crunchyrollPlayer.isAd?.(doc, video)).toBe(false);
      doc.querySelector('.bmpui-ui-ads-status-overlay')?.classList.remove('bmpui-hidden');
      expect(crunchyrollPlayer.isAd?.(doc, video)).toBe(true);
    });
  });
});

describe('Crunchyroll’s older player: the <video> in static.crunchyroll.com’s frame', () => {
  it('finds no video in the watch page, and still tells what plays from it', async () => {
    vi.stubGlobal('fetch', vi.fn());
    const playing = await onPage(OLDER, readFixture(OLDER_FILE), (doc) => {
      expect(crunchyrollPlayer.video(doc)).toBeNull();
      expect(doc.querySelector('iframe')?.getAttribute('src')).toBe(FRAME);
      return crunchyrollPlayer.nowPlaying('G6NQ5DWZ6', at(OLDER), doc);
    });
    expect(playing).toEqual({
      key: 'G6NQ5DWZ6',
      media: {
        site: 'crunchyroll',
        kind: 'episode',
        ids: { crunchyroll: 'G6NQ5DWZ6' },
        title: 'Abreise x und x Freunde',
        show: { ids: { crunchyroll: 'GY3VWX36R' }, title: 'Hunter x Hunter' },
        season: 1,
        episode: 1,
      },
    });
  });

  it('finds the programme’s video in the frame, never the ad player’s', async () => {
    await onPage(FRAME, readFixture('crunchyroll/vilos-player.html'), (doc) => {
      const video = crunchyrollPlayerFrame.video(doc);
      expect(video?.id).toBe('player0');
      expect(crunchyrollPlayerFrame.isAd?.(doc, video as HTMLVideoElement)).toBe(false);
      const adVideo = doc.querySelector('.ad-video') as HTMLVideoElement;
      expect(crunchyrollPlayerFrame.isAd?.(doc, adVideo)).toBe(true);
    });
  });

  it('counts nothing while the frame’s ad player plays over the programme', async () => {
    await onPage(FRAME, readFixture('crunchyroll/vilos-player.html'), (doc) => {
      doc.querySelector('#velocity-ad-container')?.classList.add('is-playing');
      const video = crunchyrollPlayerFrame.video(doc) as HTMLVideoElement;
      expect(crunchyrollPlayerFrame.isAd?.(doc, video)).toBe(true);
    });
  });
});
