/**
 * One HTTP exchange with a deadline: fetch, then read the whole body. Reports how it ended rather
 * than throwing, because what a failure means depends on the method (see transport.ts).
 */
import type { FetchLike } from './transport-types';

export type Exchange =
  | { outcome: 'answered'; status: number; headers: Headers; text: string }
  /** The status arrived but the body did not: the server did handle the request. */
  | { outcome: 'body-lost'; status: number; headers: Headers }
  | { outcome: 'network-error' }
  | { outcome: 'cancelled' };

export async function sendExchange(
  fetchImpl: FetchLike,
  url: string,
  init: RequestInit,
  timeoutMs: number,
  callerSignal?: AbortSignal,
): Promise<Exchange> {
  if (callerSignal?.aborted) return { outcome: 'cancelled' };
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  const onAbort = () => controller.abort();
  callerSignal?.addEventListener('abort', onAbort, { once: true });
  const ended = (): Exchange =>
    callerSignal?.aborted ? { outcome: 'cancelled' } : { outcome: 'network-error' };
  try {
    let response: Response;
    try {
      response = await fetchImpl(url, { ...init, signal: controller.signal });
    } catch {
      return ended();
    }
    try {
      return {
        outcome: 'answered',
        status: response.status,
        headers: response.headers,
        text: await response.text(),
      };
    } catch {
      return callerSignal?.aborted
        ? { outcome: 'cancelled' }
        : { outcome: 'body-lost', status: response.status, headers: response.headers };
    }
  } finally {
    clearTimeout(timer);
    callerSignal?.removeEventListener('abort', onAbort);
  }
}
