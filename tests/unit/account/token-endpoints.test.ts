import { describe, expect, it } from 'vitest';
import { createTokenEndpoints } from '../../../lib/account/token-endpoints';
import { SimklError } from '../../../lib/errors';
import { createTransport } from '../../../lib/simkl/transport';
import { createClock, createFetch, json, networkError, type Reply } from '../simkl/fakes';

function setup(...replies: Reply[]) {
  const clock = createClock();
  const fake = createFetch(clock, ...replies);
  const transport = createTransport({
    clientId: () => 'cid',
    appVersion: '1',
    fetch: fake.fetch,
    clock: clock.now,
    sleep: clock.sleep,
    random: () => 0.5,
  });
  return { endpoints: createTokenEndpoints(transport), fake };
}

async function failure(promise: Promise<unknown>): Promise<SimklError> {
  const error = await promise.then(
    () => undefined,
    (caught: unknown) => caught,
  );
  if (!(error instanceof SimklError)) throw new Error(`expected a SimklError, got ${String(error)}`);
  return error;
}

const EXCHANGE = {
  code: 'code-1',
  redirectUri: 'https://x.chromiumapp.org/',
  verifier: 'v',
  clientId: 'cid',
};
const TOKENS = json(200, { access_token: 'at', refresh_token: 'rt', expires_in: 604800 });

describe('the code exchange is never resent blindly (a code is single-use)', () => {
  it.each([
    ['a 500', json(500, {})],
    ['a 502', json(502, {})],
    ['a 503', json(503, {})],
    ['a dropped connection', networkError()],
  ])('sends it once after %s and reports the outcome as uncertain', async (_name, first) => {
    const { endpoints, fake } = setup(first, TOKENS);
    const error = await failure(endpoints.exchangeCode('v2', EXCHANGE));
    expect(error.uncertain).toBe(true);
    expect(fake.calls).toHaveLength(1);
  });
});

describe('refresh and revoke may be repeated', () => {
  it('retries a refresh after a 503 (Simkl refresh tokens do not rotate)', async () => {
    const { endpoints, fake } = setup(json(503, {}), TOKENS);
    expect((await endpoints.refresh('rt', 'cid')).accessToken).toBe('at');
    expect(fake.calls).toHaveLength(2);
  });
});
