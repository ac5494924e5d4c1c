import { createServer, request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixtureMedia } from '../../../fixtures/sites/crunchyroll-player';
import { createSitePagesHandler, readFixture } from '../../../fixtures/sites/server';

/** Crunchyroll's player parts behind a loopback server that routes by Host, as the e2e servers do. */
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

function get(url: string): Promise<{ status: number; type: string; body: Buffer }> {
  const target = new URL(url);
  return new Promise((resolve, reject) => {
    const req = request(
      { host: '127.0.0.1', port, path: target.pathname + target.search, headers: { host: target.host } },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () =>
          resolve({
            status: res.statusCode ?? 0,
            type: String(res.headers['content-type']),
            body: Buffer.concat(chunks),
          }),
        );
      },
    );
    req.on('error', reject);
    req.end();
  });
}

describe('the Crunchyroll fixture players', () => {
  it('serve the older player’s frame at its own origin, and nothing else there', async () => {
    const frame = await get('https://static.crunchyroll.com/vilos-v2/web/vilos/player.html');
    expect(frame.status).toBe(200);
    expect(frame.type).toContain('text/html');
    expect(frame.body.toString('utf8')).toBe(readFixture('crunchyroll/vilos-player.html'));
    expect((await get('https://static.crunchyroll.com/watch/GX9UQE5P1/phantoms-of-the-dead')).status).toBe(
      404,
    );
  });

  it('serve the repo’s WebM to both players, byte for byte', async () => {
    for (const host of ['www.crunchyroll.com', 'static.crunchyroll.com']) {
      const media = await get(`https://${host}/_fixture/media/player-60s.webm`);
      expect(media.status).toBe(200);
      expect(media.type).toBe('video/webm');
      expect(media.body.equals(fixtureMedia())).toBe(true);
    }
  });

  it('answer the site’s cms/objects JSON for the fixture episodes, and an empty list for any other', async () => {
    const known = await get(
      'https://www.crunchyroll.com/content/v2/cms/objects/GX9UQE5P1?ratings=true&locale=en',
    );
    expect(known.type).toContain('application/json');
    expect(JSON.parse(known.body.toString('utf8'))).toMatchObject({
      data: [{ id: 'GX9UQE5P1', type: 'episode' }],
    });
    const unknown = await get('https://www.crunchyroll.com/content/v2/cms/objects/GZZZZZZZZ');
    expect(JSON.parse(unknown.body.toString('utf8'))).toEqual({ total: 0, data: [], meta: {} });
  });
});
