/**
 * Registered clients and everything sign-in creates: authorization codes, V1 tokens (one per user and
 * app, never expiring), V2 access/refresh tokens (7 days / 180 days sliding), PIN and device codes.
 */
import { randomBytes } from 'node:crypto';
import type { AuthMode, ClientSpec, IssuedTokens } from './types';

export const DEV_CLIENT_ID = 'simkl-extension-local';
export const DEV_CLIENT_ID_V1 = 'simkl-extension-local-v1';
export const DEV_CLIENT_SECRET_V1 = 'simkl-extension-local-v1-secret';
export const DEV_REDIRECT_URIS = [
  'https://ipiaceghicoilgacfkgcjngihaipdfab.chromiumapp.org/',
  'https://50745f251671b0c3ef86d38c9a79a27051cfc1e6.extensions.allizom.org/',
];

export const V1_EXPIRES_IN = 157_680_000;
export const V2_ACCESS_SECONDS = 604_800;
export const V2_REFRESH_SECONDS = 180 * 24 * 3600;
export const FULL_SCOPE = 'media:read media:write';

export interface TokenRecord {
  token: string;
  userId: number;
  clientId: string;
  mode: AuthMode;
  scope: string;
  expiresMs: number | null;
  revoked: boolean;
  refresh?: string;
}

export interface RefreshRecord {
  token: string;
  userId: number;
  clientId: string;
  scope: string;
  expiresMs: number;
  revoked: boolean;
}

export interface AuthCode {
  code: string;
  clientId: string;
  userId: number;
  redirectUri: string;
  challenge?: string;
  method?: string;
  scope: string;
  expiresMs: number;
  used: boolean;
}

/** A V1 PIN or a V2 device authorization: the same state machine behind two wire formats. */
export interface PinRecord {
  userCode: string;
  deviceCode: string;
  clientId: string;
  mode: AuthMode;
  scope: string;
  redirect?: string;
  expiresMs: number;
  lastPollMs: number | null;
  approvedUserId: number | null;
  denied: boolean;
  consumed: boolean;
}

export function randomToken(bytes = 32): string {
  return randomBytes(bytes).toString('hex');
}

export class AuthStore {
  readonly clients = new Map<string, ClientSpec>();
  readonly tokens = new Map<string, TokenRecord>();
  readonly refreshTokens = new Map<string, RefreshRecord>();
  readonly codes = new Map<string, AuthCode>();
  readonly pins = new Map<string, PinRecord>();

  constructor(private readonly now: () => number) {
    this.clients.set(DEV_CLIENT_ID, {
      id: DEV_CLIENT_ID,
      mode: 'v2',
      redirectUris: [...DEV_REDIRECT_URIS],
      name: 'Simkl Extension (local)',
    });
    this.clients.set(DEV_CLIENT_ID_V1, {
      id: DEV_CLIENT_ID_V1,
      mode: 'v1',
      redirectUris: [...DEV_REDIRECT_URIS],
      secret: DEV_CLIENT_SECRET_V1,
      name: 'Simkl Extension (local, V1)',
    });
  }

  /** V1: the same user and app always get the same token back (docs/simkl-api.md, AUTH V1). */
  issueV1(userId: number, clientId: string): IssuedTokens {
    let record = [...this.tokens.values()].find(
      (t) => t.mode === 'v1' && t.userId === userId && t.clientId === clientId && !t.revoked,
    );
    if (!record) {
      record = {
        token: randomToken(),
        userId,
        clientId,
        mode: 'v1',
        scope: 'public',
        expiresMs: null,
        revoked: false,
      };
      this.tokens.set(record.token, record);
    }
    return { access_token: record.token, token_type: 'bearer', scope: 'public', expires_in: V1_EXPIRES_IN };
  }

  issueV2(userId: number, clientId: string, scope: string, refresh?: RefreshRecord): IssuedTokens {
    const nowMs = this.now();
    if (!refresh) {
      refresh = {
        token: `simkl_rt_${randomToken(24)}`,
        userId,
        clientId,
        scope,
        expiresMs: nowMs + V2_REFRESH_SECONDS * 1000,
        revoked: false,
      };
      this.refreshTokens.set(refresh.token, refresh);
    }
    const access: TokenRecord = {
      token: `simkl_at_${randomToken(24)}`,
      userId,
      clientId,
      mode: 'v2',
      scope: refresh.scope,
      expiresMs: nowMs + V2_ACCESS_SECONDS * 1000,
      revoked: false,
      refresh: refresh.token,
    };
    this.tokens.set(access.token, access);
    return {
      access_token: access.token,
      token_type: 'Bearer',
      expires_in: V2_ACCESS_SECONDS,
      refresh_token: refresh.token,
      scope: refresh.scope,
    };
  }

  issue(userId: number, clientId: string, mode: AuthMode, scope = FULL_SCOPE): IssuedTokens {
    return mode === 'v1' ? this.issueV1(userId, clientId) : this.issueV2(userId, clientId, scope);
  }

  /** Revoking a refresh token ends every access token minted from it. */
  revoke(token: string): void {
    const access = this.tokens.get(token);
    if (access) access.revoked = true;
    const refresh = this.refreshTokens.get(token);
    if (refresh) {
      refresh.revoked = true;
      for (const t of this.tokens.values()) if (t.refresh === token) t.revoked = true;
    }
  }

  expire(token: string): void {
    const past = this.now() - 1000;
    const access = this.tokens.get(token);
    if (access) access.expiresMs = past;
    const refresh = this.refreshTokens.get(token);
    if (refresh) refresh.expiresMs = past;
    const code = this.codes.get(token);
    if (code) code.expiresMs = past;
  }

  newCode(fields: Omit<AuthCode, 'code' | 'used' | 'expiresMs'>): string {
    const code = randomToken(20);
    this.codes.set(code, { ...fields, code, used: false, expiresMs: this.now() + 600_000 });
    return code;
  }

  newPin(clientId: string, mode: AuthMode, scope: string, redirect?: string): PinRecord {
    const userCode = mode === 'v1' ? code(5) : `${code(4)}-${code(4)}`;
    const record: PinRecord = {
      userCode,
      deviceCode: mode === 'v1' ? 'DEVICE_CODE' : randomToken(24),
      clientId,
      mode,
      scope,
      redirect,
      expiresMs: this.now() + 900_000,
      lastPollMs: null,
      approvedUserId: null,
      denied: false,
      consumed: false,
    };
    this.pins.set(userCode, record);
    return record;
  }

  findPin(userCode: string): PinRecord | undefined {
    return this.pins.get(userCode.trim().toUpperCase());
  }
}

/** User codes avoid look-alike characters, as people type them. */
function code(length: number): string {
  const alphabet = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';
  const bytes = randomBytes(length);
  return Array.from(bytes, (b) => alphabet[b % alphabet.length]).join('');
}
