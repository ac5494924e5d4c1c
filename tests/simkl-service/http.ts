/**
 * Small HTTP helpers shared by every route: a reply value (routes return data, one place writes it),
 * body parsing (JSON or form, as Simkl accepts both) and the CORS headers of api.simkl.com.
 */
import type http from 'node:http';

export interface Reply {
  status: number;
  headers: Record<string, string>;
  body: string | Buffer;
}

/** What a route sees: the parsed request, never the raw stream. */
export interface RequestInfo {
  method: string;
  host: string;
  path: string;
  query: Record<string, string>;
  headers: http.IncomingHttpHeaders;
  body: unknown;
  rawBody: string;
}

/** PHP-style JSON: Simkl escapes slashes (`"57\/5742…"`), so clients get to prove they parse it. */
export function json(status: number, value: unknown, headers: Record<string, string> = {}): Reply {
  const text = JSON.stringify(value === undefined ? null : value).replace(/\//g, '\\/');
  return { status, headers: { 'content-type': 'application/json; charset=utf-8', ...headers }, body: text };
}

/** The current error envelope: `{error, code, message?}`. */
export function apiError(status: number, error: string, message?: string, headers?: Record<string, string>) {
  return json(status, message ? { error, code: status, message } : { error, code: status }, headers);
}

/** RFC 6749 envelope used by `/oauth2/*`: no `code`. */
export function oauthError(status: number, error: string, description: string): Reply {
  return json(status, { error, error_description: description }, { 'cache-control': 'no-store' });
}

export function html(status: number, markup: string, headers: Record<string, string> = {}): Reply {
  return { status, headers: { 'content-type': 'text/html; charset=utf-8', ...headers }, body: markup };
}

export function redirect(location: string, status = 302): Reply {
  return { status, headers: { location, 'cache-control': 'no-store' }, body: '' };
}

export function empty(status: number, headers: Record<string, string> = {}): Reply {
  return { status, headers, body: '' };
}

export function notFound(): Reply {
  return { status: 404, headers: { 'content-type': 'text/plain; charset=utf-8' }, body: 'Not Found' };
}

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

const CORS_EXPOSED = [
  'X-RateLimit-Limit',
  'X-RateLimit-Remaining',
  'Retry-After',
  'X-Pagination-Page',
  'X-Pagination-Limit',
  'X-Pagination-Page-Count',
  'X-Pagination-Item-Count',
].join(', ');

/** api.simkl.com answers CORS for any origin, errors included (docs/simkl-api.md, Quirks). */
export function corsHeaders(origin: string | undefined): Record<string, string> {
  return {
    'access-control-allow-origin': origin || '*',
    'access-control-allow-methods': 'GET, POST, DELETE, OPTIONS',
    'access-control-allow-headers': 'Authorization, Content-Type, simkl-api-key, X-Requested-With',
    'access-control-expose-headers': CORS_EXPOSED,
    vary: 'Origin',
  };
}

export async function readRequest(req: http.IncomingMessage): Promise<RequestInfo> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const rawBody = Buffer.concat(chunks).toString('utf8');
  const url = new URL(req.url ?? '/', 'https://local');
  const query: Record<string, string> = {};
  for (const [key, value] of url.searchParams) query[key] = value;
  const host = (req.headers.host ?? '').replace(/:\d+$/, '').toLowerCase();
  return {
    method: (req.method ?? 'GET').toUpperCase(),
    host,
    path: url.pathname,
    query,
    headers: req.headers,
    body: parseBody(rawBody, String(req.headers['content-type'] ?? '')),
    rawBody,
  };
}

function parseBody(raw: string, contentType: string): unknown {
  if (!raw.trim()) return undefined;
  if (contentType.includes('application/x-www-form-urlencoded')) {
    return Object.fromEntries(new URLSearchParams(raw));
  }
  try {
    return JSON.parse(raw);
  } catch {
    // Lenient like Simkl: a form body sent without its content type still counts.
    return raw.includes('=') && !raw.trim().startsWith('{')
      ? Object.fromEntries(new URLSearchParams(raw))
      : raw;
  }
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function str(value: unknown): string | undefined {
  if (typeof value === 'string' && value !== '') return value;
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return undefined;
}
