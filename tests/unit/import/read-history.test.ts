import { describe, expect, it } from 'vitest';
import { findBuildIdentifier, readNetflixHistory } from '../../../lib/page/import/read-history';
import { readNetflixShows } from '../../../lib/page/import/read-shows';
import { readFixture } from '../../fixtures/sites/pages';

const ORIGIN = 'https://www.netflix.com';
const HTML =
  '<script>netflix.reactContext = {"models":{"serverDefs":{"data":{"BUILD_IDENTIFIER":"vb1c2d3"}}}};</script>';
const row = (movieID: number) => ({
  title: `Film ${movieID}`,
  movieID,
  date: Date.UTC(2025, 0, movieID % 28),
});

/** A fake same-origin server: the shakti pages in order, then an empty one; records each URL. */
function pages(...answers: unknown[]) {
  const asked: string[] = [];
  const load = async (url: string) => {
    asked.push(url);
    if (url.includes('/nq/website/memberapi/'))
      return JSON.parse(readFixture('netflix/metadata-80057281.json'));
    const page = Number(new URL(url).searchParams.get('pg'));
    const answer = answers[page] ?? { viewedItems: [] };
    if (answer instanceof Error) throw answer;
    return answer;
  };
  return { asked, load };
}

describe('findBuildIdentifier', () => {
  it('reads the build from the inline JSON, null when the page has none', () => {
    expect(findBuildIdentifier(HTML)).toBe('vb1c2d3');
    expect(findBuildIdentifier('<html><body>Sign in</body></html>')).toBeNull();
  });
});

describe('readNetflixHistory', () => {
  it('reads page by page until an empty page', async () => {
    const server = pages({ viewedItems: [row(1), row(2)] }, { viewedItems: [row(3)] });
    const seen: number[] = [];
    const read = await readNetflixHistory(HTML, ORIGIN, server.load, (page) => seen.push(page));
    expect(read.ok && read.viewings.map((v) => v.videoId)).toEqual(['1', '2', '3']);
    expect(server.asked).toEqual(
      [0, 1, 2].map((pg) => `${ORIGIN}/api/shakti/vb1c2d3/viewingactivity?pg=${pg}&pgSize=100`),
    );
    expect(seen).toEqual([1, 2, 3]);
  });

  it('gives no viewings at all when a later page changed format or failed', async () => {
    const changed = await readNetflixHistory(
      HTML,
      ORIGIN,
      pages({ viewedItems: [row(1)] }, { items: [] }).load,
    );
    expect(changed).toEqual({ ok: false, reason: 'format-changed' });
    const failed = await readNetflixHistory(
      HTML,
      ORIGIN,
      pages({ viewedItems: [row(1)] }, new Error('HTTP 500')).load,
    );
    expect(failed).toEqual({ ok: false, reason: 'page-failed' });
  });

  it('tells a signed-out user (the login page instead of JSON) from a changed page', async () => {
    const login = await readNetflixHistory(HTML, ORIGIN, pages(new SyntaxError('Unexpected token <')).load);
    expect(login).toEqual({ ok: false, reason: 'signed-out' });
    const noBuild = await readNetflixHistory('<html></html>', ORIGIN, pages().load);
    expect(noBuild).toEqual({ ok: false, reason: 'format-changed' });
  });
});

describe('readNetflixShows', () => {
  it('asks once per show, whatever the number of its episodes', async () => {
    const server = pages();
    const episode = { title: 'E', watchedAt: '2025-01-01T00:00:00.000Z', seriesId: '80057281' };
    const shows = await readNetflixShows(
      [
        { ...episode, videoId: '80077209' },
        { ...episode, videoId: '80077210' },
      ],
      ORIGIN,
      server.load,
    );
    expect(server.asked).toEqual([`${ORIGIN}/nq/website/memberapi/release/metadata?movieid=80057281`]);
    expect(shows.get('80057281')?.episodes.get('80077210')).toEqual({ season: 1, episode: 2 });
  });

  it('keeps a show whose metadata failed as null', async () => {
    const shows = await readNetflixShows(
      [{ title: 'E', videoId: '1', seriesId: '9', watchedAt: '2025-01-01T00:00:00.000Z' }],
      ORIGIN,
      async () => {
        throw new Error('HTTP 404');
      },
    );
    expect(shows.get('9')).toBeNull();
  });
});
