/**
 * simkl.com: consent pages, the PIN page, the OAuth discovery document, and tiny item pages
 * (`/movies/{id}/{slug}`, `/tv/{id}/{slug}[/season-n/episode-m/]`, `/anime/{id}/{slug}`) for links.
 */
import { titleBySimkl } from '../catalogue/index';
import { titleUrl } from '../catalogue/model';
import { escapeHtml, html, json, type Reply, type RequestInfo } from '../http';
import type { ServiceState } from '../state';
import { authorize, decision, pinPage, pinSubmit } from './web-auth';

const SECTION_KIND = { movies: 'movie', tv: 'show', anime: 'anime' } as const;

function discovery(): Reply {
  return json(200, {
    issuer: 'https://simkl.com',
    authorization_endpoint: 'https://simkl.com/oauth2/authorize',
    token_endpoint: 'https://api.simkl.com/oauth2/token',
    device_authorization_endpoint: 'https://api.simkl.com/oauth2/device',
    revocation_endpoint: 'https://api.simkl.com/oauth2/revoke',
    response_types_supported: ['code'],
    grant_types_supported: [
      'authorization_code',
      'refresh_token',
      'urn:ietf:params:oauth:grant-type:device_code',
    ],
    code_challenge_methods_supported: ['S256'],
    scopes_supported: ['media:read', 'media:write'],
  });
}

function itemPage(path: string): Reply | undefined {
  const match = /^\/(movies|tv|anime)\/(\d+)(?:\/([^/]+))?(?:\/season-(\d+))?(?:\/episode-(\d+))?\/?$/.exec(
    path,
  );
  if (!match) return undefined;
  const title = titleBySimkl(Number(match[2]));
  if (!title || title.kind !== SECTION_KIND[match[1] as keyof typeof SECTION_KIND]) return undefined;
  const episode = match[5] ? ` – ${match[4] ? `season ${match[4]}, ` : ''}episode ${match[5]}` : '';
  const name = escapeHtml(title.title);
  return html(
    200,
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${name} (${title.year}) | Simkl</title>` +
      `<link rel="canonical" href="https://simkl.com${titleUrl(title)}"></head><body><h1>${name}${escapeHtml(episode)}</h1>` +
      `<p>${title.year} · ${escapeHtml(title.genres.replace(/\|/g, ', '))}</p></body></html>`,
  );
}

export function handleWeb(state: ServiceState, info: RequestInfo): Reply {
  const { method, path } = info;
  if (method === 'GET' && path === '/oauth/authorize') return authorize(state, info, 'v1');
  if (method === 'GET' && path === '/oauth2/authorize') return authorize(state, info, 'v2');
  if (method === 'POST' && path === '/oauth/decision') return decision(state, info);
  if (method === 'GET' && /^\/pin(\/[^/]*)?\/?$/.test(path)) return pinPage(info);
  if (method === 'POST' && /^\/pin\/?$/.test(path)) return pinSubmit(state, info);
  if (path === '/.well-known/oauth-authorization-server') return discovery();
  if (method === 'GET' && path === '/') {
    return html(
      200,
      '<!doctype html><html lang="en"><head><title>Simkl</title></head><body><h1>Simkl</h1></body></html>',
    );
  }
  const item = method === 'GET' ? itemPage(path) : undefined;
  return (
    item ??
    html(
      404,
      '<!doctype html><html lang="en"><head><title>Not found | Simkl</title></head><body><h1>404</h1></body></html>',
    )
  );
}
