import { createServer, request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createSitePagesHandler,
  FIXTURE_PAGES,
  NETFLIX_METADATA,
  readFixture,
  SITE_PAGE_HOSTS,
  SITE_STYLESHEET_PATH,
} from '../../fixtures/sites/server';

/** The handlers behind a loopback server that routes by Host, as the e2e servers do. */
let server: Server;
let port = 0;

beforeAll(async () => {
  const handlers = createSitePagesHandler();
  server = createServer((req, res) => {
    const handler = handlers[(req.headers.host ?? '').replace(/:\d+$/, '')];
    if (handler) handler(req, res);
    else res.writeHead(421).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as AddressInfo).port;
});

afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
});

function get(url: string): Promise<{ status: number; type: string; body: string }> {
  const target = new URL(url);
  return new Promise((resolve, reject) => {
    const req = request(
      { host: '127.0.0.1', port, path: target.pathname + target.search, headers: { host: target.host } },
      (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => {
          body += chunk;
        });
        res.on('end', () =>
          resolve({ status: res.statusCode ?? 0, type: String(res.headers['content-type']), body }),
        );
      },
    );
    req.on('error', reject);
    req.end();
  });
}

describe('createSitePagesHandler', () => {
  it('has a handler for every host of the fixture pages', () => {
    const handlers = createSitePagesHandler();
    for (const page of FIXTURE_PAGES) expect(Object.keys(handlers)).toContain(new URL(page.url).hostname);
  });

  it.each(FIXTURE_PAGES.map((page) => [page.url, page.file] as const))('serves %s', async (url, file) => {
    const response = await get(url);
    expect(response.status).toBe(200);
    expect(response.type).toContain('text/html');
    expect(response.body).toBe(readFixture(file));
  });

  it.each(SITE_PAGE_HOSTS.map((host) => [host] as const))("serves %s's stylesheet", async (host) => {
    const response = await get(`https://${host}${SITE_STYLESHEET_PATH}`);
    expect(response.status).toBe(200);
    expect(response.type).toContain('text/css');
    expect(response.body).toMatch(/\{[^}]*background/);
  });

  it('links every page to its site stylesheet, and nothing from the real sites', () => {
    for (const page of FIXTURE_PAGES) {
      const html = readFixture(page.file);
      expect(html, page.file).toContain(`<link rel="stylesheet" href="${SITE_STYLESHEET_PATH}">`);
      // The look is the project's own: no stylesheet, script or image from a site's servers or CDN.
      expect(html, page.file).not.toMatch(/(?:src|href)="https?:\/\/[^"]*\.(?:css|js|png|jpe?g|webp|svg)/i);
    }
  });

  it('ignores tracking parameters and trailing slashes, but not the parameters a page is about', async () => {
    expect((await get('https://www.imdb.com/title/tt0133093?ref_=nv_sr_1')).body).toBe(
      readFixture('imdb/movie-tt0133093-the-matrix.html'),
    );
    expect((await get('https://www.netflix.com/browse?jbv=20557937&trackId=1')).body).toBe(
      readFixture('netflix/browse-jbv-20557937-the-matrix.html'),
    );
    expect((await get('https://www.netflix.com/browse?x=1')).body).toBe(
      readFixture('netflix/browse-negative.html'),
    );
    expect((await get('https://www.imdb.com/title/tt0436992/episodes/?season=5')).status).toBe(404);
  });

  it.each(NETFLIX_METADATA.map((entry) => [entry.id, entry.file] as const))(
    'answers the Netflix metadata endpoint for movieid=%s',
    async (id, file) => {
      const response = await get(
        `https://www.netflix.com/nq/website/memberapi/release/metadata?movieid=${id}`,
      );
      expect(response.status).toBe(200);
      expect(response.type).toContain('application/json');
      expect(JSON.parse(response.body)).toEqual(JSON.parse(readFixture(file)));
    },
  );

  it("serves the player on Dungeon's other episodes with their own id, number and title", async () => {
    const page = await get('https://www.netflix.com/watch/81649840');
    expect(page.status).toBe(200);
    expect(page.body).toContain('data-videoid="81649840"');
    expect(page.body).not.toContain('data-videoid="81649856"');
    expect(page.body).toContain('<span>E5</span><span>Salt-Roasted Cockatrice</span>');
    expect(page.body).toContain('Episode 5: Salt-Roasted Cockatrice');
    // An episode id the metadata fixtures do not answer has no player.
    expect((await get('https://www.netflix.com/watch/81649850')).status).toBe(404);
  });

  it.each([
    'https://www.imdb.com/title/tt9999999/',
    'https://m.imdb.com/title/tt0133093/',
    'https://www.themoviedb.org/movie/604',
    'https://myanimelist.net/anime/1',
    'https://www.netflix.com/nq/website/memberapi/release/metadata?movieid=1',
  ])('answers 404 for %s', async (url) => {
    expect((await get(url)).status).toBe(404);
  });
});
