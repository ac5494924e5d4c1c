import { describe, expect, it } from 'vitest';
import { startDeviceV2, startPinV1 } from '../../../lib/account/pin-flow';
import { SimklError } from '../../../lib/errors';
import { createTransport } from '../../../lib/simkl/transport';
import { createClock, createFetch, type FakeCall, json, networkError, type Reply } from '../simkl/fakes';

const PIN_INIT = {
  result: 'OK',
  device_code: 'DEVICE_CODE',
  user_code: 'ABCDE',
  verification_url: 'https://simkl.com/pin/',
  expires_in: 900,
  interval: 5,
};
const DEVICE_INIT = {
  device_code: 'dc-1',
  user_code: 'WXYZ-1234',
  verification_uri: 'https://simkl.com/pin',
  verification_uri_complete: 'https://simkl.com/pin?code=WXYZ-1234',
  expires_in: 900,
  interval: 5,
};
const PENDING = { result: 'KO', message: 'Authorization pending' };
const SLOW_DOWN = { result: 'KO', message: 'Slow down' };

function setup(init: unknown, polls: Reply[], signal?: AbortSignal) {
  const clock = createClock();
  const fake = createFetch(clock, ...polls);
  fake.route((call) =>
    call.url.pathname === '/oauth/pin' || call.url.pathname === '/oauth2/device'
      ? json(200, init)
      : undefined,
  );
  const transport = createTransport({
    clientId: () => 'cid',
    appVersion: '1',
    fetch: fake.fetch,
    clock: clock.now,
    sleep: clock.sleep,
  });
  return { deps: { transport, clientId: 'cid', clock: clock.now, sleep: clock.sleep, signal }, fake, clock };
}

const polls = (calls: FakeCall[]) =>
  calls.filter((call) => call.url.pathname !== '/oauth/pin' && call.url.pathname !== '/oauth2/device');

async function failure(promise: Promise<unknown>): Promise<SimklError> {
  const error = await promise.then(
    () => undefined,
    (caught: unknown) => caught,
  );
  if (!(error instanceof SimklError)) throw new Error(`expected a SimklError, got ${String(error)}`);
  return error;
}

describe('AUTH V1 PIN', () => {
  it('shows the code, polls while pending, and resolves with the token', async () => {
    const { deps, fake, clock } = setup(PIN_INIT, [
      json(200, PENDING),
      json(200, PENDING),
      json(200, { result: 'OK', access_token: 'at-1' }),
    ]);
    const start = clock.now();
    const flow = await startPinV1(deps);
    expect(flow).toMatchObject({
      userCode: 'ABCDE',
      verificationUrl: 'https://simkl.com/pin/',
      expiresAt: start + 900_000,
    });
    expect(await flow.wait()).toEqual({ accessToken: 'at-1' });
    const sent = polls(fake.calls);
    expect(sent.map((call) => call.url.pathname)).toEqual([
      '/oauth/pin/ABCDE',
      '/oauth/pin/ABCDE',
      '/oauth/pin/ABCDE',
    ]);
    expect(sent[0]?.url.searchParams.get('client_id')).toBe('cid');
    expect(fake.calls[0]?.url.searchParams.get('client_id')).toBe('cid');
    // Honours the interval: 5 s between polls.
    expect((sent[1]?.at ?? 0) - (sent[0]?.at ?? 0)).toBe(5000);
  });

  it('slows down when told to, for good', async () => {
    const { deps, fake } = setup(PIN_INIT, [
      json(200, SLOW_DOWN),
      json(200, PENDING),
      json(200, PENDING),
      json(200, { result: 'OK', access_token: 'at' }),
    ]);
    await (await startPinV1(deps)).wait();
    const times = polls(fake.calls).map((call) => call.at);
    expect(times.slice(1).map((at, i) => at - (times[i] ?? 0))).toEqual([10_000, 10_000, 10_000]);
  });

  it("rejects 'cancelled' when the code expires", async () => {
    const { deps, fake } = setup({ ...PIN_INIT, expires_in: 20 }, [json(200, PENDING)]);
    const error = await failure((await startPinV1(deps)).wait());
    expect(error.kind).toBe('cancelled');
    expect(polls(fake.calls).length).toBeLessThanOrEqual(4);
  });

  it("stops with 'cancelled' when Simkl answers a fresh code (unknown or expired code)", async () => {
    const { deps } = setup(PIN_INIT, [json(200, { ...PIN_INIT, user_code: 'FGHIJ' })]);
    expect((await failure((await startPinV1(deps)).wait())).kind).toBe('cancelled');
  });

  it('keeps polling through a network blip', async () => {
    const { deps } = setup(PIN_INIT, [
      networkError(),
      networkError(),
      networkError(),
      networkError(),
      json(200, { result: 'OK', access_token: 'at' }),
    ]);
    expect((await (await startPinV1(deps)).wait()).accessToken).toBe('at');
  });

  it("rejects 'cancelled' at once when aborted", async () => {
    const controller = new AbortController();
    const { deps, fake } = setup(PIN_INIT, [json(200, PENDING)], controller.signal);
    const flow = await startPinV1(deps);
    controller.abort();
    expect((await failure(flow.wait())).kind).toBe('cancelled');
    expect(polls(fake.calls).length).toBeLessThanOrEqual(1);
  });
});

describe('AUTH V2 device flow', () => {
  const pending = json(400, { error: 'authorization_pending', error_description: 'pending' });

  it('asks for a device code with the scope, polls the token endpoint, and returns the tokens', async () => {
    const { deps, fake } = setup(DEVICE_INIT, [
      pending,
      json(200, {
        access_token: 'simkl_at_1',
        refresh_token: 'simkl_rt_1',
        expires_in: 604800,
        token_type: 'Bearer',
      }),
    ]);
    const flow = await startDeviceV2(deps);
    expect(flow.userCode).toBe('WXYZ-1234');
    expect(flow.verificationUrl).toBe('https://simkl.com/pin?code=WXYZ-1234');
    expect(fake.calls[0]?.method).toBe('POST');
    expect(fake.calls[0]?.body).toEqual({ client_id: 'cid', scope: 'media:read media:write' });
    expect(await flow.wait()).toEqual({
      accessToken: 'simkl_at_1',
      refreshToken: 'simkl_rt_1',
      expiresIn: 604800,
    });
    const sent = polls(fake.calls);
    expect(sent).toHaveLength(2);
    expect(sent[0]?.body).toEqual({
      grant_type: 'urn:ietf:params:oauth:grant-type:device_code',
      device_code: 'dc-1',
      client_id: 'cid',
    });
  });

  it('adds 5 s to the interval on slow_down', async () => {
    const { deps, fake } = setup(DEVICE_INIT, [
      json(400, { error: 'slow_down' }),
      pending,
      json(200, { access_token: 'at' }),
    ]);
    await (await startDeviceV2(deps)).wait();
    const times = polls(fake.calls).map((call) => call.at);
    expect(times.slice(1).map((at, i) => at - (times[i] ?? 0))).toEqual([10_000, 10_000]);
  });

  it.each([['expired_token'], ['access_denied']])("rejects 'cancelled' on %s", async (code) => {
    const { deps } = setup(DEVICE_INIT, [json(400, { error: code })]);
    expect((await failure((await startDeviceV2(deps)).wait())).kind).toBe('cancelled');
  });

  it.each([
    ['a 500', json(500, {})],
    ['a 503', json(503, {})],
    ['a dropped connection', networkError()],
  ])('never resends a token poll after %s: the next poll waits the interval', async (_name, first) => {
    const { deps, fake } = setup(DEVICE_INIT, [first, json(200, { access_token: 'at' })]);
    expect((await (await startDeviceV2(deps)).wait()).accessToken).toBe('at');
    const times = polls(fake.calls).map((call) => call.at);
    expect(times).toHaveLength(2);
    expect((times[1] ?? 0) - (times[0] ?? 0)).toBe(5_000);
  });

  it('passes other refusals through', async () => {
    const { deps } = setup(DEVICE_INIT, [json(401, { error: 'invalid_client' })]);
    expect((await failure((await startDeviceV2(deps)).wait())).kind).toBe('auth');
  });

  it("rejects an answer without a user code as 'invalid-response'", async () => {
    const { deps } = setup({ device_code: 'x' }, []);
    expect((await failure(startDeviceV2(deps))).kind).toBe('invalid-response');
  });

  it('never offers a link that is not https', async () => {
    const { deps } = setup({ ...DEVICE_INIT, verification_uri_complete: 'javascript:alert(1)' }, [pending]);
    expect((await startDeviceV2(deps)).verificationUrl).toBe('https://simkl.com/pin');
  });
});
