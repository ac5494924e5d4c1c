/**
 * The OAuth endpoints on api.simkl.com (docs/simkl-api.md, Sign-in): code exchange for AUTH V1 and V2,
 * refresh and revoke for V2. Sent without a user token; JSON bodies (Simkl accepts JSON or form).
 * There is no client secret: the extension is a public client and proves itself with PKCE.
 */
import { compact, expectRecord, invalid, optionalInt, optionalString } from '../simkl/parse-guards';
import type { Transport } from '../simkl/transport-types';

export interface TokenSet {
  accessToken: string;
  /** AUTH V2 only. */
  refreshToken?: string;
  /** Seconds. V1 answers five years; it is ignored there, V1 tokens do not expire. */
  expiresIn?: number;
}

export function parseTokenSet(data: unknown): TokenSet {
  const body = expectRecord(data, 'token');
  return compact<TokenSet>({
    accessToken: optionalString(body.access_token) ?? invalid('token without access_token'),
    refreshToken: optionalString(body.refresh_token),
    expiresIn: optionalInt(body.expires_in),
  });
}

export interface CodeExchange {
  code: string;
  redirectUri: string;
  verifier: string;
  clientId: string;
}

export interface TokenEndpoints {
  exchangeCode(version: 'v1' | 'v2', exchange: CodeExchange): Promise<TokenSet>;
  refresh(refreshToken: string, clientId: string): Promise<TokenSet>;
  revoke(token: string, clientId: string): Promise<void>;
}

export function createTokenEndpoints(transport: Transport): TokenEndpoints {
  const post = async (path: string, body: Record<string, string>, idempotent: boolean) =>
    (await transport.request({ method: 'POST', path, body, auth: 'none', idempotent })).data;
  return {
    async exchangeCode(version, { code, redirectUri, verifier, clientId }) {
      const body = {
        grant_type: 'authorization_code',
        code,
        code_verifier: verifier,
        client_id: clientId,
        redirect_uri: redirectUri,
      };
      // A code is single-use, even when the exchange fails: never retried.
      return parseTokenSet(await post(version === 'v2' ? '/oauth2/token' : '/oauth/token', body, false));
    },
    async refresh(refreshToken, clientId) {
      const body = { grant_type: 'refresh_token', refresh_token: refreshToken, client_id: clientId };
      // Simkl's refresh tokens do not rotate, so asking twice is harmless.
      return parseTokenSet(await post('/oauth2/token', body, true));
    },
    async revoke(token, clientId) {
      await post('/oauth2/revoke', { token, client_id: clientId }, true);
    },
  };
}
