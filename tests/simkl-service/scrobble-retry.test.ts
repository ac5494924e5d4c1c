// The extension's scrobbler over its real Simkl client, against the service with its per-second limit ON:
// two players' starts in the same second, the second refused 429 and sent again after its wait
// (lib/background/scrobble/live-retry.ts; docs/architecture.md, A playback).
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createScrobbler } from '../../lib/background/scrobble/scrobbler';
import type { DetectedMedia, SimklItem } from '../../lib/media';
import { createSimklApi } from '../../lib/simkl/client';
import { createTransport } from '../../lib/simkl/transport';
import { DEMO_USER, DEV_CLIENT_ID, type RunningSimklService, startSimklService } from './index';
import { call, fakeClock } from './test-client';

const clock = fakeClock();
let svc: RunningSimklService;
let token: string;

const MATRIX: SimklItem = { type: 'movie', ids: { simkl: 9100001 }, title: 'The Matrix', year: 1999 };
const INCEPTION: SimklItem = { type: 'movie', ids: { simkl: 472214 }, title: 'Inception', year: 2010 };
const film = (item: SimklItem): DetectedMedia => ({
  site: 'max',
  kind: 'movie',
  ids: {},
  title: item.title,
  year: item.year,
});

/** The browser's fetch, over the test client's TLS to the service. */
async function fetchFromService(input: string, init: RequestInit): Promise<Response> {
  const url = new URL(input);
  const res = await call(svc.port, url.host, `${url.pathname}${url.search}`, {
    method: init.method,
    headers: init.headers as Record<string, string>,
    body: init.body as string | undefined,
  });
  const headers = new Headers();
  for (const [name, value] of Object.entries(res.headers))
    if (typeof value === 'string') headers.set(name, value);
  return new Response(res.status === 204 ? null : res.text, { status: res.status, headers });
}

function scrobbler() {
  const transport = createTransport({
    clientId: () => DEV_CLIENT_ID,
    appVersion: '1.0.0',
    tokens: {
      getAccessToken: async () => token,
      refreshAfterUnauthorized: async () => null,
      revoked: async () => {},
    },
    fetch: fetchFromService,
    clock: clock.now,
    sleep: async (ms) => clock.advance(ms),
    // Two players' POSTs reaching Simkl within one of its seconds (a busy machine's jitter): the
    // extension's own spacing is what this takes away.
    limits: { writes: 10 },
  });
  const bySimkl = new Map([MATRIX, INCEPTION].map((item) => [item.title, item]));
  const waits: Array<() => void> = [];
  const s = createScrobbler({
    api: createSimklApi(transport),
    resolver: { resolve: async (media) => bySimkl.get(media.title ?? '') ?? null },
    outbox: { enqueue: async () => Promise.reject(new Error('no stop in this test')) },
    isSignedIn: async () => true,
    clock: { now: clock.now },
    schedule: (delay, wake) => {
      clock.advance(delay);
      waits.push(wake);
    },
  });
  return { s, waits };
}

const starts = () =>
  svc.control
    .requestLog()
    .filter((entry) => entry.path === '/scrobble/start')
    .map((entry) => {
      const body = entry.body as { movie?: { ids?: { simkl?: number } } };
      return `${body.movie?.ids?.simkl} ${entry.status}`;
    });

beforeAll(async () => {
  svc = await startSimklService({ now: clock.now });
});
afterAll(() => svc.close());
beforeEach(() => {
  svc.control.reset();
  svc.control.clearLog();
  token = svc.control.issueToken(DEMO_USER.id).access_token;
  clock.advance(60_000);
});

describe('two players starting in the same second, the limit on', () => {
  it('sends the refused start again after its wait, and it lands', async () => {
    const { s, waits } = scrobbler();
    await Promise.all([
      s.message(1, { kind: 'start', service: 'max', key: 'a', media: film(MATRIX), progress: 1 }),
      s.message(2, { kind: 'start', service: 'max', key: 'b', media: film(INCEPTION), progress: 1 }),
    ]);
    expect(starts()).toEqual(['9100001 201', '472214 429']);
    expect(waits).toHaveLength(1);
    waits.shift()?.();
    await expect.poll(starts).toEqual(['9100001 201', '472214 429', '472214 201']);
    expect(svc.control.library(DEMO_USER.id).playing).toMatchObject({ simkl: 472214 });
  });

  it('does not send it again once that player paused', async () => {
    const { s, waits } = scrobbler();
    await Promise.all([
      s.message(1, { kind: 'start', service: 'max', key: 'a', media: film(MATRIX), progress: 1 }),
      s.message(2, { kind: 'start', service: 'max', key: 'b', media: film(INCEPTION), progress: 1 }),
    ]);
    clock.advance(1_100);
    await s.message(2, { kind: 'pause', service: 'max', key: 'b', media: film(INCEPTION), progress: 9 });
    for (const wake of waits.splice(0)) wake();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(starts()).toEqual(['9100001 201', '472214 429']);
  });
});
