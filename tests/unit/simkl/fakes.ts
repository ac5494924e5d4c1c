/** Test doubles for the Simkl client: a scripted fetch and a clock that sleeping advances. */
import type { FetchLike } from '../../../lib/simkl/transport-types';

export interface FakeCall {
  url: URL;
  method: string;
  headers: Headers;
  /** The parsed JSON body, if any. */
  body: unknown;
  /** The fake clock's time when the request was sent. */
  at: number;
}

export type Reply = Response | Error | ((call: FakeCall) => Response | Error | Promise<Response | Error>);

export function json(status: number, body: unknown, headers: Record<string, string> = {}): Response {
  return new Response(body === undefined ? '' : JSON.stringify(body), {
    status,
    headers: { 'Content-Type': 'application/json', ...headers },
  });
}

export function text(status: number, body: string): Response {
  return new Response(body, { status });
}

export const networkError = () => new TypeError('Failed to fetch');

/** The status and headers arrive, then the connection drops while the body is read. */
export function bodyCutOff(status: number): () => Response {
  return () =>
    new Response(
      new ReadableStream({
        start(controller) {
          controller.error(new TypeError('network error'));
        },
      }),
      { status },
    );
}

export interface FakeClock {
  now: () => number;
  sleep: (ms: number) => Promise<void>;
  sleeps: number[];
  advance: (ms: number) => void;
}

export function createClock(start = Date.UTC(2026, 0, 1)): FakeClock {
  let now = start;
  const sleeps: number[] = [];
  return {
    now: () => now,
    sleeps,
    advance: (ms) => {
      now += ms;
    },
    async sleep(ms) {
      sleeps.push(ms);
      now += ms;
      await Promise.resolve();
    },
  };
}

/**
 * A fetch that answers from a handler (by URL) or a queue of replies; the last queued reply
 * repeats. Records every call with the time it was made.
 */
export function createFetch(clock: Pick<FakeClock, 'now'>, ...queue: Reply[]) {
  const calls: FakeCall[] = [];
  let route: ((call: FakeCall) => Reply | undefined) | undefined;
  const fetch: FetchLike = async (input, init) => {
    const raw = typeof init.body === 'string' ? init.body : undefined;
    const call: FakeCall = {
      url: new URL(input),
      method: init.method ?? 'GET',
      headers: new Headers(init.headers),
      body: raw === undefined ? undefined : JSON.parse(raw),
      at: clock.now(),
    };
    calls.push(call);
    const reply = route?.(call) ?? (queue.length > 1 ? queue.shift() : queue[0]);
    if (reply === undefined) throw new Error(`No reply scripted for ${call.method} ${call.url.pathname}`);
    const result = typeof reply === 'function' ? await reply(call) : reply;
    if (result instanceof Error) throw result;
    return result.clone();
  };
  return {
    fetch,
    calls,
    /** Answers by request instead of by order (return undefined to fall back to the queue). */
    route(handler: (call: FakeCall) => Reply | undefined) {
      route = handler;
    },
  };
}

/**
 * Virtual time for concurrent work: sleeps wait until `run` advances the clock to them, one
 * wake-up at a time once every other task is idle, so concurrent sleepers never add up.
 */
export function createVirtualClock(start = Date.UTC(2026, 0, 1)) {
  let now = start;
  const sleepers: Array<{ wake: number; resolve: () => void }> = [];
  const idle = () => new Promise<void>((resolve) => setTimeout(resolve, 0));
  return {
    now: () => now,
    sleep(ms: number): Promise<void> {
      return new Promise<void>((resolve) => {
        sleepers.push({ wake: now + ms, resolve });
      });
    },
    async run<T>(work: Promise<T>): Promise<T> {
      let settled = false;
      const result = work.finally(() => {
        settled = true;
      });
      for (let step = 0; step < 100_000 && !settled; step++) {
        await idle();
        if (settled || sleepers.length === 0) continue;
        sleepers.sort((a, b) => a.wake - b.wake);
        const next = sleepers.shift();
        if (next) {
          now = Math.max(now, next.wake);
          next.resolve();
        }
      }
      return result;
    },
  };
}
