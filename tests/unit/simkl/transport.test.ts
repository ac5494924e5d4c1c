import { describe, expect, it, vi } from 'vitest';
import { type ErrorKind, SimklError } from '../../../lib/errors';
import { createTransport } from '../../../lib/simkl/transport';
import type { TokenProvider, TransportDeps, TransportRequest } from '../../../lib/simkl/transport-types';
import {
  bodyCutOff,
  createClock,
  createFetch,
  type FakeClock,
  json,
  networkError,
  type Reply,
  text,
} from './fakes';

function setup(replies: Reply[], overrides: Partial<TransportDeps> & { token?: string | null } = {}) {
  const clock: FakeClock = createClock();
  const fake = createFetch(clock, ...replies);
  const token = overrides.token === undefined ? 'token-1' : overrides.token;
  const tokens: TokenProvider = overrides.tokens ?? {
    getAccessToken: async () => token,
    refreshAfterUnauthorized: async () => null,
    revoked: async () => undefined,
  };
  const transport = createTransport({
    clientId: () => 'client-1',
    appVersion: '1.2.3',
    fetch: fake.fetch,
    clock: clock.now,
    sleep: clock.sleep,
    random: () => 0.5,
    ...overrides,
    tokens,
  });
  return { transport, clock, fake };
}

async function failure(promise: Promise<unknown>): Promise<SimklError> {
  const error = await promise.then(
    () => undefined,
    (caught: unknown) => caught,
  );
  if (!(error instanceof SimklError)) throw new Error(`expected a SimklError, got ${String(error)}`);
  return error;
}

const GET: TransportRequest = { path: '/sync/activities' };
const POST: TransportRequest = { method: 'POST', path: '/sync/history', body: { movies: [] } };

describe('request identification', () => {
  it('sends the API key, app name and version, and the bearer token on a GET without Content-Type', async () => {
    const { transport, fake } = setup([json(200, { all: null })]);
    await transport.request({ ...GET, query: { date_from: '2026-01-01T00:00:00Z', skip: undefined } });
    const [call] = fake.calls;
    expect(call?.headers.get('simkl-api-key')).toBe('client-1');
    expect(call?.headers.get('Authorization')).toBe('Bearer token-1');
    expect(call?.headers.has('Content-Type')).toBe(false);
    expect(call?.url.origin).toBe('https://api.simkl.com');
    expect(call?.url.searchParams.get('app-name')).toBe('simkl-extension');
    expect(call?.url.searchParams.get('app-version')).toBe('1.2.3');
    expect(call?.url.searchParams.get('date_from')).toBe('2026-01-01T00:00:00Z');
    expect(call?.url.searchParams.has('skip')).toBe(false);
  });

  it('sends Content-Type: application/json and the JSON body on a POST', async () => {
    const { transport, fake } = setup([json(201, {})]);
    await transport.request(POST);
    expect(fake.calls[0]?.headers.get('Content-Type')).toBe('application/json');
    expect(fake.calls[0]?.body).toEqual({ movies: [] });
  });

  it("omits Authorization on auth 'none' requests even when signed in", async () => {
    const { transport, fake } = setup([json(200, [])]);
    await transport.request({ path: '/movies/1', auth: 'none' });
    expect(fake.calls[0]?.headers.has('Authorization')).toBe(false);
    expect(fake.calls[0]?.headers.get('simkl-api-key')).toBe('client-1');
  });

  it("fails 'signed-out' without sending when a token is required and there is none", async () => {
    const { transport, fake } = setup([json(200, {})], { token: null });
    expect((await failure(transport.request(GET))).kind).toBe('signed-out');
    expect(fake.calls).toHaveLength(0);
  });

  it('sends an optional-auth request anonymously when signed out', async () => {
    const { transport, fake } = setup([json(200, [])], { token: null });
    await transport.request({ path: '/search/id', auth: 'optional' });
    expect(fake.calls[0]?.headers.has('Authorization')).toBe(false);
  });

  it('fetches a bare CDN URL as is: no API key, no app params, no token', async () => {
    const { transport, fake } = setup([json(200, [])]);
    await transport.request({ path: 'https://data.simkl.in/calendar/v2/tv.json', bare: true });
    expect(fake.calls[0]?.url.href).toBe('https://data.simkl.in/calendar/v2/tv.json');
    expect(fake.calls[0]?.headers.has('simkl-api-key')).toBe(false);
    expect(fake.calls[0]?.headers.has('Authorization')).toBe(false);
  });
});

describe('answers', () => {
  it('parses JSON with escaped slashes and accepts 200 and 201 alike', async () => {
    const { transport } = setup([json(201, { poster: '57\\/5742' })]);
    const response = await transport.request(POST);
    expect(response.status).toBe(201);
    expect(response.data).toEqual({ poster: '57\\/5742' });
    const raw = setup([text(200, '{"poster":"57\\/5742"}')]);
    expect((await raw.transport.request(GET)).data).toEqual({ poster: '57/5742' });
  });

  it('reads an empty 2xx body as null', async () => {
    const { transport } = setup([text(204, '')]);
    expect((await transport.request(POST)).data).toBeNull();
  });

  it("rejects a 2xx body that is not JSON as 'invalid-response'", async () => {
    const { transport } = setup([text(200, '<html>maintenance</html>')]);
    expect((await failure(transport.request(GET))).kind).toBe('invalid-response');
  });
});

describe('status → error kind', () => {
  const cases: Array<[number, unknown, ErrorKind, string?]> = [
    [400, { error: 'empty_field' }, 'bad-request', 'empty_field'],
    [400, { error: 'wrong_parameter' }, 'bad-request'],
    [403, { error: 'redirect_failed' }, 'bad-request'],
    [404, { error: 'not_found' }, 'not-found'],
    [405, {}, 'bad-request'],
    [409, { expires_at: '2015-05-10T20:11:25Z' }, 'bad-request'],
    [412, { error: 'client_id_failed', code: 412 }, 'app-limit', 'client_id_failed'],
    [429, { error: 'app_limit_exceeded' }, 'app-limit'],
    [429, { error: 'user_limit_exceeded' }, 'rate-limit'],
    [418, 'teapot', 'bad-request'],
    [302, {}, 'invalid-response'],
  ];
  it.each(cases)('HTTP %i %j → %s', async (status, body, kind, code) => {
    const { transport } = setup([json(status, body, { 'Retry-After': '3600' })]);
    const error = await failure(transport.request(GET));
    expect(error.kind).toBe(kind);
    expect(error.status).toBe(status);
    if (code) expect(error.code).toBe(code);
    // Users read errorText(kind), never the message: only a refusal's own words are worth carrying.
    if (kind !== 'bad-request') expect(error.message).toBe(kind);
  });

  it("maps 401 to 'auth' and tells the token provider the token is revoked", async () => {
    const revoked = vi.fn(async () => undefined);
    const tokens: TokenProvider = {
      getAccessToken: async () => 'token-1',
      refreshAfterUnauthorized: async () => null,
      revoked,
    };
    const { transport } = setup([json(401, { error: 'user_token_failed' })], { tokens });
    const error = await failure(transport.request(GET));
    expect(error.kind).toBe('auth');
    expect(error.code).toBe('user_token_failed');
    expect(revoked).toHaveBeenCalledWith('token-1');
  });

  it("maps 5xx to 'server' after the bounded retries", async () => {
    const { transport, fake } = setup([json(502, {})]);
    expect((await failure(transport.request(GET))).kind).toBe('server');
    expect(fake.calls).toHaveLength(4);
  });

  it('reports the daily limit with its Retry-After instead of waiting hours', async () => {
    const { transport, fake, clock } = setup([
      json(429, { error: 'app_limit_exceeded' }, { 'Retry-After': '7200' }),
    ]);
    const error = await failure(transport.request(GET));
    expect(error.retryAfter).toBe(7200);
    expect(fake.calls).toHaveLength(1);
    expect(clock.sleeps).toEqual([]);
  });
});

describe('429 and Retry-After', () => {
  it('waits the Retry-After seconds, then retries', async () => {
    const { transport, fake } = setup([
      json(429, { error: 'rate_limit' }, { 'Retry-After': '3' }),
      json(200, {}),
    ]);
    await transport.request(GET);
    expect(fake.calls).toHaveLength(2);
    expect((fake.calls[1]?.at ?? 0) - (fake.calls[0]?.at ?? 0)).toBeGreaterThanOrEqual(3000);
  });

  it('waits about a second when there is no Retry-After', async () => {
    const { transport, fake } = setup([json(429, { error: 'rate_limit' }), json(200, {})]);
    await transport.request(GET);
    const gap = (fake.calls[1]?.at ?? 0) - (fake.calls[0]?.at ?? 0);
    expect(gap).toBeGreaterThanOrEqual(1000);
    expect(gap).toBeLessThan(2000);
  });

  it("gives up with 'rate-limit' after the bounded retries", async () => {
    const { transport, fake } = setup([json(429, { error: 'rate_limit' })]);
    expect((await failure(transport.request(GET))).kind).toBe('rate-limit');
    expect(fake.calls).toHaveLength(4);
  });

  // The 429 may answer a copy the browser resent by itself after the first one's connection closed.
  it('does not resend a write after a 429: uncertain, with the wait it was told', async () => {
    const { transport, fake } = setup([
      json(429, { error: 'rate_limit' }, { 'Retry-After': '2' }),
      json(201, {}),
    ]);
    const error = await failure(transport.request(POST));
    expect(error).toMatchObject({ kind: 'rate-limit', uncertain: true, retryAfter: 2 });
    expect(fake.calls).toHaveLength(1);
  });

  it('holds the writes behind a refused one until its Retry-After', async () => {
    const { transport, fake } = setup([
      json(429, { error: 'rate_limit' }, { 'Retry-After': '3' }),
      json(201, {}),
    ]);
    await failure(transport.request(POST));
    await transport.request(POST);
    expect((fake.calls[1]?.at ?? 0) - (fake.calls[0]?.at ?? 0)).toBeGreaterThanOrEqual(3000);
  });
});

describe('5xx and network failures', () => {
  it('backs off with jitter within bounds, doubling each time', async () => {
    const random = vi.fn(() => 0.999);
    const { transport, clock } = setup([json(503, {}), json(503, {}), json(503, {}), json(200, {})], {
      random,
    });
    await transport.request(GET);
    expect(clock.sleeps).toHaveLength(3);
    clock.sleeps.forEach((ms, retry) => {
      const ceiling = 1000 * 2 ** retry;
      expect(ms).toBeGreaterThanOrEqual(ceiling / 2);
      expect(ms).toBeLessThanOrEqual(ceiling);
    });
  });

  it('never waits longer than the cap', async () => {
    const { transport, clock } = setup([json(500, {})], {
      policy: { maxAttempts: 10, maxDelayMs: 5000 },
      random: () => 1,
    });
    await failure(transport.request(GET));
    expect(clock.sleeps).toHaveLength(9);
    expect(Math.max(...clock.sleeps)).toBeLessThanOrEqual(5000);
  });

  it("retries a read after a network failure and then fails 'offline'", async () => {
    const { transport, fake } = setup([networkError()]);
    const error = await failure(transport.request(GET));
    expect(error.kind).toBe('offline');
    expect(error.uncertain).toBeUndefined();
    expect(fake.calls).toHaveLength(4);
  });

  it('recovers when a read succeeds on a later attempt', async () => {
    const { transport } = setup([networkError(), json(200, { ok: true })]);
    expect((await transport.request(GET)).data).toEqual({ ok: true });
  });

  it('does not resend a write whose connection dropped: offline + uncertain', async () => {
    const { transport, fake } = setup([networkError(), json(201, {})]);
    const error = await failure(transport.request(POST));
    expect(error.kind).toBe('offline');
    expect(error.uncertain).toBe(true);
    expect(fake.calls).toHaveLength(1);
  });

  // Simkl can apply a write and still answer any 5xx (a gateway failing after the origin committed).
  it.each([500, 502, 503, 504])('does not resend a write answered %i: server + uncertain', async (status) => {
    const { transport, fake, clock } = setup([json(status, { error: 'server_error' }), json(201, {})]);
    const error = await failure(transport.request(POST));
    expect(error).toMatchObject({ kind: 'server', status, uncertain: true });
    expect(fake.calls).toHaveLength(1);
    expect(clock.sleeps).toEqual([]);
  });

  it('does not resend a write whose answer was cut off after its status: uncertain', async () => {
    const { transport, fake } = setup([bodyCutOff(201), json(201, {})]);
    const error = await failure(transport.request(POST));
    expect(error).toMatchObject({ kind: 'offline', status: 201, uncertain: true });
    expect(fake.calls).toHaveLength(1);
  });

  it('retries a read after a 5xx and succeeds (reads are safe to repeat)', async () => {
    const { transport, fake } = setup([json(500, {}), json(503, {}), json(200, { ok: 1 })]);
    expect((await transport.request(GET)).data).toEqual({ ok: 1 });
    expect(fake.calls).toHaveLength(3);
  });

  it('retries an idempotent POST after a 5xx', async () => {
    const { transport, fake } = setup([json(502, {}), json(200, {})]);
    await transport.request({ ...POST, idempotent: true });
    expect(fake.calls).toHaveLength(2);
  });

  it('retries an idempotent POST like a read', async () => {
    const { transport, fake } = setup([networkError(), json(200, {})]);
    await transport.request({ ...POST, idempotent: true });
    expect(fake.calls).toHaveLength(2);
  });

  it('sends nothing when the browser is offline, and says the write did not happen', async () => {
    const { transport, fake } = setup([json(201, {})], { isOnline: () => false });
    const error = await failure(transport.request(POST));
    expect(error.kind).toBe('offline');
    expect(error.uncertain).toBeUndefined();
    expect(fake.calls).toHaveLength(0);
  });

  it("ends with 'cancelled' when the caller aborts", async () => {
    const controller = new AbortController();
    controller.abort();
    const { transport, fake } = setup([json(200, {})]);
    expect((await failure(transport.request({ ...GET, signal: controller.signal }))).kind).toBe('cancelled');
    expect(fake.calls).toHaveLength(0);
  });
});

describe("the contract's 400s for a malformed request", () => {
  // docs/simkl-api.md, Status codes and errors: `{"error", "code": 400, "message"}`; the write lock alone is a 400 to wait out.
  it.each([
    ['empty_field', 'Missed "to" parameter'],
    ['wrong_parameter', 'Wrong "movies" parameter'],
    ['empty_field', 'Empty request body'],
  ])("refuses a write with %s as 'bad-request', once, naming the fault", async (code, message) => {
    const { transport, fake, clock } = setup([json(400, { error: code, code: 400, message }), json(201, {})]);
    const error = await failure(transport.request(POST));
    expect(error).toMatchObject({ kind: 'bad-request', status: 400, code });
    expect(error.uncertain).toBeUndefined();
    expect(error.message).toBe(`Simkl refused the request (${message}).`);
    expect(fake.calls).toHaveLength(1);
    expect(clock.sleeps).toEqual([]);
  });

  it("refuses a read with a bad date_from as 'bad-request', without retrying", async () => {
    const refusal = { error: 'wrong_parameter', code: 400, message: 'Wrong "date_from" parameter' };
    const { transport, fake } = setup([json(400, refusal), json(200, {})]);
    const error = await failure(
      transport.request({ path: '/sync/all-items/movies', query: { date_from: 'x' } }),
    );
    expect(error).toMatchObject({ kind: 'bad-request', code: 'wrong_parameter' });
    expect(error.message).toContain('Wrong "date_from" parameter');
    expect(fake.calls).toHaveLength(1);
  });
});

describe('the write lock (400 RATE_LIMIT)', () => {
  it('does not resend a write refused by the lock: uncertain, to be checked after 20 s', async () => {
    const { transport, fake } = setup([json(400, { error: 'RATE_LIMIT' }), json(201, {})]);
    const error = await failure(transport.request(POST));
    expect(error).toMatchObject({ kind: 'rate-limit', code: 'RATE_LIMIT', retryAfter: 20, uncertain: true });
    expect(fake.calls).toHaveLength(1);
  });

  it('waits out the lock for a request that is safe to repeat, then sends again', async () => {
    const { transport, fake } = setup([json(400, { error: 'RATE_LIMIT' }), json(201, {})]);
    await transport.request({ ...POST, idempotent: true });
    expect(fake.calls).toHaveLength(2);
    expect((fake.calls[1]?.at ?? 0) - (fake.calls[0]?.at ?? 0)).toBeGreaterThanOrEqual(20_000);
  });

  it("gives up with 'rate-limit' when the lock persists", async () => {
    const { transport, fake } = setup([json(400, { error: 'RATE_LIMIT' })]);
    const error = await failure(transport.request({ ...POST, idempotent: true }));
    expect(error).toMatchObject({ kind: 'rate-limit', code: 'RATE_LIMIT', retryAfter: 20 });
    expect(fake.calls).toHaveLength(3);
  });
});

describe('401 and the token provider', () => {
  it('fails with the passing reason, and revokes nothing, when the refresh cannot reach Simkl', async () => {
    const refreshAfterUnauthorized = vi.fn(async () => {
      throw new SimklError('offline', "Can't reach Simkl.");
    });
    const revoked = vi.fn(async () => undefined);
    const tokens = { getAccessToken: async () => 'token-1', refreshAfterUnauthorized, revoked };
    const { transport, fake } = setup([json(401, { error: 'invalid_token' })], { tokens });
    expect((await failure(transport.request(GET))).kind).toBe('offline');
    expect(revoked).not.toHaveBeenCalled();
    expect(fake.calls).toHaveLength(1);
  });

  it('refreshes once and retries with the new token', async () => {
    const refreshAfterUnauthorized = vi.fn(async () => 'token-2');
    const revoked = vi.fn(async () => undefined);
    const tokens = { getAccessToken: async () => 'token-1', refreshAfterUnauthorized, revoked };
    const { transport, fake } = setup([json(401, { error: 'invalid_token' }), json(200, {})], { tokens });
    await transport.request(GET);
    expect(refreshAfterUnauthorized).toHaveBeenCalledTimes(1);
    expect(fake.calls[1]?.headers.get('Authorization')).toBe('Bearer token-2');
    expect(revoked).not.toHaveBeenCalled();
  });

  it('refreshes only once: a second 401 is final', async () => {
    const refreshAfterUnauthorized = vi.fn(async () => 'token-2');
    const revoked = vi.fn(async () => undefined);
    const tokens = { getAccessToken: async () => 'token-1', refreshAfterUnauthorized, revoked };
    const { transport, fake } = setup([json(401, { error: 'user_token_failed' })], { tokens });
    expect((await failure(transport.request(GET))).kind).toBe('auth');
    expect(refreshAfterUnauthorized).toHaveBeenCalledTimes(1);
    expect(revoked).toHaveBeenCalledWith('token-2');
    expect(fake.calls).toHaveLength(2);
  });
});
