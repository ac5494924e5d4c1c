/**
 * A tiny HTTPS client for the contract tests: real TLS to 127.0.0.1 with the SNI and Host of the name
 * being tested, exactly as a browser with host mapping would connect.
 */
import https from 'node:https';
import { DEV_CLIENT_ID, type RunningSimklService } from './index';

export interface Res {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
  text: string;
  json<T = unknown>(): T;
}

export interface CallOptions {
  method?: string;
  headers?: Record<string, string>;
  /** An object is sent as JSON; a string as-is; `form` sends urlencoded. */
  body?: unknown;
  form?: Record<string, string>;
}

/** Reused connections keep the suites fast; each (port, servername) pair gets its own pool. */
const agent = new https.Agent({ keepAlive: true, rejectUnauthorized: false });

export function call(port: number, host: string, path: string, options: CallOptions = {}): Promise<Res> {
  const headers: Record<string, string> = { host, ...options.headers };
  let payload: string | undefined;
  if (options.form) {
    payload = new URLSearchParams(options.form).toString();
    headers['content-type'] = 'application/x-www-form-urlencoded';
  } else if (typeof options.body === 'string') {
    payload = options.body;
  } else if (options.body !== undefined) {
    payload = JSON.stringify(options.body);
    headers['content-type'] ??= 'application/json';
  }
  return new Promise((resolve, reject) => {
    const req = https.request(
      {
        host: '127.0.0.1',
        port,
        path,
        method: options.method ?? 'GET',
        servername: host,
        headers,
        agent,
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => {
          const body = Buffer.concat(chunks);
          const text = body.toString('utf8');
          resolve({
            status: res.statusCode ?? 0,
            headers: res.headers,
            body,
            text,
            json: () => JSON.parse(text),
          });
        });
      },
    );
    req.on('error', reject);
    if (payload !== undefined) req.write(payload);
    req.end();
  });
}

/** api.simkl.com with the dev client's key and, when given, a bearer token. */
export function api(
  svc: RunningSimklService,
  path: string,
  options: CallOptions & { token?: string; clientId?: string | null } = {},
): Promise<Res> {
  const headers: Record<string, string> = { ...options.headers };
  if (options.clientId !== null) headers['simkl-api-key'] = options.clientId ?? DEV_CLIENT_ID;
  if (options.token) headers.authorization = `Bearer ${options.token}`;
  return call(svc.port, 'api.simkl.com', path, { ...options, headers });
}

/** A settable clock for the service. */
export function fakeClock(start = Date.parse('2025-06-15T12:00:00Z')) {
  let now = start;
  return {
    now: () => now,
    advance(ms: number) {
      now += ms;
    },
  };
}
