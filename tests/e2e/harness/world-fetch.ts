/**
 * Reading a page straight from the world, bypassing any browser, so a test can tell that what the
 * browser showed came from the world and not from somewhere else.
 */
import https from 'node:https';
import type { WorldAddress } from './world';

export function fetchFromWorld(world: WorldAddress, url: string): Promise<string> {
  const { hostname, pathname, search } = new URL(url);
  return new Promise((resolve, reject) => {
    const request = https.get(
      {
        host: '127.0.0.1',
        port: world.port,
        path: `${pathname}${search}`,
        servername: hostname,
        headers: { host: hostname },
        rejectUnauthorized: false,
      },
      (response) => {
        let body = '';
        response.setEncoding('utf8');
        response.on('data', (chunk: string) => {
          body += chunk;
        });
        response.on('end', () => resolve(body));
      },
    );
    request.on('error', reject);
  });
}

/** The <title> text of an HTML document, trimmed, as `document.title` reads it. */
export function titleOf(html: string): string {
  const match = /<title[^>]*>([\s\S]*?)<\/title>/i.exec(html);
  const entities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", apos: "'" };
  return (match?.[1] ?? '')
    .replace(/&(amp|lt|gt|quot|#39|apos);/g, (_, name: string) => entities[name] ?? '')
    .replace(/\s+/g, ' ')
    .trim();
}
