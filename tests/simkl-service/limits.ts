/**
 * Simkl's per-second limits (10 GET/s, 1 POST/s per token, or per client_id when anonymous), the block
 * that repeated POST overage earns (reported as `412 client_id_failed`), and the per-user write lock
 * (`400 RATE_LIMIT` while another write of the same user is in flight). docs/simkl-api.md, Rate limits and the write lock.
 */

const WINDOW_MS = 1000;
const LIMITS = { GET: 10, POST: 1 } as const;
/** Five POST 429s within ten seconds earn a ten-second block. */
const STRIKES_TO_BLOCK = 5;
const STRIKE_WINDOW_MS = 10_000;
const BLOCK_MS = 10_000;
const DAILY_LIMIT = 10_000;

export type LimitVerdict = 'ok' | 'rate_limit' | 'blocked';

export class Limits {
  private readonly windows = new Map<string, number[]>();
  private readonly strikes = new Map<string, number[]>();
  private readonly blockedUntil = new Map<string, number>();
  private readonly locks = new Map<number, number>();
  private readonly daily = new Map<string, number>();

  /** Counts the request if allowed. Only GET and POST are limited (DELETE rides with POST). */
  check(key: string, method: string, nowMs: number): LimitVerdict {
    if ((this.blockedUntil.get(key) ?? 0) > nowMs) return 'blocked';
    const verb = method === 'GET' ? 'GET' : 'POST';
    const windowKey = `${verb} ${key}`;
    const recent = (this.windows.get(windowKey) ?? []).filter((t) => nowMs - t < WINDOW_MS);
    if (recent.length >= LIMITS[verb]) {
      this.windows.set(windowKey, recent);
      if (verb === 'POST') this.strike(key, nowMs);
      return 'rate_limit';
    }
    recent.push(nowMs);
    this.windows.set(windowKey, recent);
    return 'ok';
  }

  private strike(key: string, nowMs: number): void {
    const strikes = (this.strikes.get(key) ?? []).filter((t) => nowMs - t < STRIKE_WINDOW_MS);
    strikes.push(nowMs);
    this.strikes.set(key, strikes);
    if (strikes.length >= STRIKES_TO_BLOCK) {
      this.blockedUntil.set(key, nowMs + BLOCK_MS);
      this.strikes.delete(key);
    }
  }

  /** False when another write of this user is still in flight and inside the lock window. */
  tryLock(userId: number, nowMs: number, windowMs: number): boolean {
    const until = this.locks.get(userId);
    if (until !== undefined && until > nowMs) return false;
    this.locks.set(userId, nowMs + windowMs);
    return true;
  }

  unlock(userId: number): void {
    this.locks.delete(userId);
  }

  /** V2 quota headers; absent on a new token's first request (docs/simkl-api.md, Rate limits and the write lock). */
  dailyHeaders(token: string): Record<string, string> {
    const count = (this.daily.get(token) ?? 0) + 1;
    this.daily.set(token, count);
    if (count === 1) return {};
    return {
      'x-ratelimit-limit': String(DAILY_LIMIT),
      'x-ratelimit-remaining': String(Math.max(0, DAILY_LIMIT - count)),
    };
  }

  clear(): void {
    this.daily.clear();
    this.windows.clear();
    this.strikes.clear();
    this.blockedUntil.clear();
    this.locks.clear();
  }
}
