/**
 * The one request handler behind the HTTPS server: control calls on 127.0.0.1/localhost, then injected
 * faults (before anything else), then the host's routes, then after-write faults (the request ran, its
 * answer is replaced by a 5xx or the connection dropped). Every request except control is logged with
 * its final status (0 = dropped); api.simkl.com answers always carry CORS headers, errors and faults included.
 */
import type http from 'node:http';
import { faultReply } from './faults';
import { corsHeaders, empty, json, notFound, type Reply, readRequest } from './http';
import { handleApi } from './routes/api';
import { handleCalendar } from './routes/calendar';
import { handleControl } from './routes/control';
import { handleSimklImages, handleWsrv } from './routes/images';
import { handleWeb } from './routes/web';
import type { ServiceState } from './state';
import type { LogEntry, RequestHandler, ServiceControl } from './types';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const API_HOST = 'api.simkl.com';

function bodyBytes(reply: Reply): number {
  return reply.status === 204 || reply.status === 304 ? 0 : Buffer.byteLength(reply.body);
}

function send(res: http.ServerResponse, reply: Reply): void {
  if (res.destroyed) return;
  const bodiless = reply.status === 204 || reply.status === 304;
  const length = bodiless ? {} : { 'content-length': String(bodyBytes(reply)) };
  res.writeHead(reply.status, { ...reply.headers, ...length });
  res.end(bodiless ? undefined : reply.body);
}

async function route(
  state: ServiceState,
  host: string,
  req: http.IncomingMessage,
  entry: LogEntry,
  delayMs: number,
) {
  const info = await readRequest(req);
  if (info.rawBody) entry.body = info.body;
  if (host === API_HOST) {
    if (info.method === 'OPTIONS') return empty(204, { 'access-control-max-age': '86400' });
    const meta: { userId?: number } = {};
    try {
      return await handleApi(state, info, delayMs, meta);
    } finally {
      entry.userId = meta.userId;
    }
  }
  await sleep(delayMs);
  if (host === 'simkl.com') return handleWeb(state, info);
  if (host === 'data.simkl.in') return handleCalendar(state, info);
  if (host === 'simkl.in') return handleSimklImages(state, info);
  if (host === 'wsrv.nl') return handleWsrv(state, info);
  return notFound();
}

export function createHandler(
  state: ServiceState,
  control: ServiceControl,
  extraHosts: Record<string, RequestHandler>,
): RequestHandler {
  return async (req, res) => {
    const host = (req.headers.host ?? '').replace(/:\d+$/, '').toLowerCase();
    const url = new URL(req.url ?? '/', 'https://local');
    const method = (req.method ?? 'GET').toUpperCase();
    if ((host === '127.0.0.1' || host === 'localhost') && url.pathname.startsWith('/_control/')) {
      send(res, handleControl(control, await readRequest(req)));
      return;
    }
    const started = performance.now();
    const entry: LogEntry = {
      time: new Date(state.now()).toISOString(),
      method,
      host,
      path: url.pathname,
      query: Object.fromEntries(url.searchParams),
      status: 0,
    };
    state.record(entry);
    const extra = extraHosts[host];
    const fault = state.faults.take(method, host, url.pathname, !extra);
    if (fault && 'drop' in fault) {
      req.socket.destroy();
      return;
    }
    const cors = host === API_HOST ? corsHeaders(req.headers.origin) : {};
    if (fault && 'status' in fault) {
      const reply = faultReply(fault.status, fault.body, fault.headers);
      entry.status = reply.status;
      entry.bytes = bodyBytes(reply);
      send(res, { ...reply, headers: { ...cors, ...reply.headers } });
      return;
    }
    const delayMs = fault && 'delayMs' in fault ? fault.delayMs : 0;
    if (extra) {
      // A fixture handler may answer asynchronously: take the status when the headers go out.
      const writeHead = res.writeHead.bind(res) as (...args: unknown[]) => http.ServerResponse;
      res.writeHead = ((...args: unknown[]) => {
        entry.status = Number(args[0]);
        return writeHead(...args);
      }) as typeof res.writeHead;
      res.on('finish', () => {
        entry.status = res.statusCode;
      });
      await sleep(delayMs);
      await extra(req, res);
      return;
    }
    let reply: Reply;
    try {
      reply = await route(state, host, req, entry, delayMs);
    } catch (error) {
      reply = json(500, {
        error: 'server_error',
        code: 500,
        message: error instanceof Error ? error.message : String(error),
      });
    }
    if (fault && 'dropAfterWrite' in fault) {
      req.socket.destroy();
      return;
    }
    if (fault && 'statusAfterWrite' in fault)
      reply = faultReply(fault.statusAfterWrite, fault.body, fault.headers);
    entry.status = reply.status;
    entry.bytes = bodyBytes(reply);
    entry.ms = Math.round(performance.now() - started);
    send(res, { ...reply, headers: { ...cors, ...reply.headers } });
  };
}
