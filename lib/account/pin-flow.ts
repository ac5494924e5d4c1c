/**
 * Sign-in with a code typed on simkl.com, for when a sign-in window cannot open.
 * AUTH V1: `GET /oauth/pin` then poll `GET /oauth/pin/{user_code}` (HTTP 200 with result KO/OK).
 * AUTH V2: `POST /oauth2/device` then poll `/oauth2/token` with the device_code grant (RFC 8628).
 * Both honour `interval`, slow down when told, and give up at `expires_in`.
 * docs/simkl-api.md, PIN and device code.
 */
import { SimklError } from '../errors';
import { SIMKL_WEB_ORIGIN } from '../hosts';
import { expectRecord, invalid, type JsonRecord, optionalInt, optionalString } from '../simkl/parse-guards';
import type { Transport } from '../simkl/transport-types';
import type { AuthVersion } from './session-store';
import { sleepOrAbort } from './sleep-or-abort';
import { parseTokenSet, type TokenSet } from './token-endpoints';
import { V2_SCOPE } from './web-flow';

export interface PinChallenge {
  userCode: string;
  verificationUrl: string;
  /** Epoch ms. */
  expiresAt: number;
}

export interface PinFlow extends PinChallenge {
  /** Resolves with the tokens once the user entered the code; rejects 'cancelled' on expiry or abort. */
  wait(): Promise<TokenSet>;
}

export interface PinDeps {
  transport: Transport;
  clientId: string;
  clock: () => number;
  sleep: (ms: number) => Promise<void>;
  signal?: AbortSignal;
}

type PollResult = TokenSet | 'pending' | 'slow-down';

const expired = () => new SimklError('cancelled', undefined, { code: 'expired_token' });
/** RFC 8628 §3.5: on slow_down, add 5 seconds to the interval for good. */
const SLOW_DOWN_STEP_S = 5;

/** A link the user can safely open: Simkl's URL when it is https, its /pin page otherwise. */
function safeUrl(value: unknown): string {
  const text = optionalString(value);
  return text && /^https:\/\//.test(text) ? text : `${SIMKL_WEB_ORIGIN}/pin`;
}

function challengeFrom(
  body: JsonRecord,
  clock: () => number,
  url: unknown,
): PinChallenge & { interval: number } {
  return {
    userCode: optionalString(body.user_code) ?? invalid('PIN without user_code'),
    verificationUrl: safeUrl(url),
    expiresAt: clock() + (optionalInt(body.expires_in) ?? 900) * 1000,
    interval: Math.max(1, optionalInt(body.interval) ?? 5),
  };
}

function poller(
  deps: PinDeps,
  start: PinChallenge & { interval: number },
  check: () => Promise<PollResult>,
): PinFlow {
  async function run(): Promise<TokenSet> {
    let interval = start.interval;
    for (;;) {
      await sleepOrAbort(deps.sleep, interval * 1000, deps.signal);
      if (deps.clock() >= start.expiresAt) throw expired();
      const result = await check().catch((error: unknown): PollResult => {
        // A network blip or a busy server does not end the sign-in; the next poll may succeed.
        if (error instanceof SimklError && ['offline', 'server', 'rate-limit'].includes(error.kind))
          return 'pending';
        throw error;
      });
      if (result === 'slow-down') interval += SLOW_DOWN_STEP_S;
      else if (result !== 'pending') return result;
    }
  }
  const promise = run();
  promise.catch(() => undefined); // observed by wait(); never an unhandled rejection
  const { interval: _interval, ...challenge } = start;
  return { ...challenge, wait: () => promise };
}

export async function startPinV1(deps: PinDeps): Promise<PinFlow> {
  const query = { client_id: deps.clientId };
  const init = (await deps.transport.request({ path: '/oauth/pin', query, auth: 'none' })).data;
  const body = expectRecord(init, 'PIN');
  const start = challengeFrom(body, deps.clock, body.verification_url ?? body.verification_uri);
  return poller(deps, start, async () => {
    const path = `/oauth/pin/${encodeURIComponent(start.userCode)}`;
    const answer = expectRecord(
      (await deps.transport.request({ path, query, auth: 'none' })).data,
      'PIN status',
    );
    if (optionalString(answer.access_token)) return parseTokenSet(answer);
    // After success, or for an unknown or expired code, Simkl answers a fresh code: stop.
    if (answer.device_code !== undefined) throw expired();
    return /slow down/i.test(String(answer.message ?? '')) ? 'slow-down' : 'pending';
  });
}

export async function startDeviceV2(deps: PinDeps): Promise<PinFlow> {
  const request = { method: 'POST', auth: 'none' } as const;
  const body = expectRecord(
    (
      await deps.transport.request({
        ...request,
        // Asking again only makes another code (the first is never shown): safe to retry.
        idempotent: true,
        path: '/oauth2/device',
        body: { client_id: deps.clientId, scope: V2_SCOPE },
      })
    ).data,
    'device code',
  );
  const deviceCode = optionalString(body.device_code) ?? invalid('device code without device_code');
  const start = challengeFrom(body, deps.clock, body.verification_uri_complete ?? body.verification_uri);
  const grant = {
    grant_type: 'urn:ietf:params:oauth:grant-type:device_code',
    device_code: deviceCode,
    client_id: deps.clientId,
  };
  // A poll is never resent by the transport: the answer that was lost may have carried the token
  // (a device code is good for one token). The next poll, at the interval, asks Simkl afresh.
  return poller(deps, start, async () => {
    try {
      return parseTokenSet(
        (await deps.transport.request({ ...request, path: '/oauth2/token', body: grant })).data,
      );
    } catch (error) {
      const code = error instanceof SimklError ? error.code : undefined;
      if (code === 'authorization_pending') return 'pending';
      if (code === 'slow_down') return 'slow-down';
      if (code === 'expired_token') throw expired();
      if (code === 'access_denied') throw new SimklError('cancelled', undefined, { code });
      throw error;
    }
  });
}

export function startPin(version: AuthVersion, deps: PinDeps): Promise<PinFlow> {
  return version === 'v1' ? startPinV1(deps) : startDeviceV2(deps);
}
