/**
 * What an api.simkl.com route receives once the dispatcher has checked the client, the token, the
 * limits and the write lock, and the shape of a route table entry.
 */
import type { TokenRecord } from '../auth-store';
import type { Reply, RequestInfo } from '../http';
import type { ServiceState } from '../state';
import type { ClientSpec } from '../types';
import type { UserState } from '../users';

export interface ApiCtx {
  state: ServiceState;
  info: RequestInfo;
  nowMs: number;
  client: ClientSpec;
  /** Always set on `user` routes; set on public routes when a valid token came along. */
  user?: UserState;
  token?: TokenRecord;
}

/**
 * `public`: client id needed, token optional (AUTH V2 clients need one anyway);
 * `catalog`: like public, but open to anonymous V2 clients and exempt from rate limits;
 * `user`: token required.
 */
export type Access = 'public' | 'catalog' | 'user';

export interface ApiRoute {
  methods: string[];
  pattern: RegExp;
  access: Access;
  /** Writes need the write scope (V2) and take the per-user write lock. */
  write?: boolean;
  handle(ctx: ApiCtx, match: RegExpExecArray): Reply;
}

/** Routes that check their own client (`/oauth*`): they see the raw request only. */
export interface OAuthRoute {
  methods: string[];
  pattern: RegExp;
  handle(state: ServiceState, info: RequestInfo): Reply;
}

export function userOf(ctx: ApiCtx): UserState {
  if (!ctx.user) throw new Error('route needs a user');
  return ctx.user;
}
