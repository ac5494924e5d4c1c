/**
 * Reading a Chromium trace (the DevTools protocol's Tracing events) of one page load: where its main
 * thread's time went from navigation start to a given moment, and when the extension's service worker
 * started. Used by bench/popup-trace.ts; the event names are Chromium's own (devtools.timeline,
 * v8.execute, blink.user_timing, ServiceWorker categories).
 */

export interface TraceEvent {
  name: string;
  cat: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  args?: { data?: Record<string, unknown>; [key: string]: unknown };
}

/** The categories a page load's breakdown needs. */
export const TRACE_CATEGORIES = [
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'v8.execute',
  'blink.user_timing',
  'loading',
  'ServiceWorker',
  'navigation',
  'toplevel',
].join(',');

/** Main-thread work, by kind: the trace's names for it. */
const KINDS: Record<string, string> = {
  ParseHTML: 'HTML parse',
  ParseAuthorStyleSheet: 'CSS parse',
  UpdateLayoutTree: 'style',
  Layout: 'layout',
  'v8.compileModule': 'module compile',
  'v8.compile': 'script compile',
  'v8.evaluateModule': 'module evaluation',
  EvaluateScript: 'script evaluation',
  FunctionCall: 'JS (callbacks, tasks)',
  RunMicrotasks: 'JS (microtasks)',
  TimerFire: 'JS (timers)',
  FireAnimationFrame: 'JS (animation frames)',
  Paint: 'paint',
  PrePaint: 'paint',
  Commit: 'paint',
};

export interface LoadBreakdown {
  /** Sum of main-thread time by kind, ms, counting nested work once (the outermost event's kind). */
  busy: Record<string, number>;
  /** The main thread's idle time in the window (waiting on the browser: fetches, storage, messages). */
  idle: number;
  /** Each resource the page asked for: ms from navigation start. */
  requests: Array<{ url: string; sent: number; finished: number | null }>;
  /** The extension's worker starting (browser side), ms from navigation start, when it did. */
  workerStart: Array<{ name: string; at: number; dur: number }>;
}

/** The page's navigation start: Blink's `navigationStart` mark for a document of `urlPart`. */
export function navigationStartOf(events: readonly TraceEvent[], urlPart: string): TraceEvent | undefined {
  return events.findLast(
    (event) =>
      event.name === 'navigationStart' && String(event.args?.data?.documentLoaderURL ?? '').includes(urlPart),
  );
}

/** Where the main thread of `start`'s renderer spent [start, start + windowMs]. */
export function breakdown(events: readonly TraceEvent[], start: TraceEvent, windowMs: number): LoadBreakdown {
  const from = start.ts;
  const to = from + windowMs * 1_000;
  const ms = (ts: number) => Math.round((ts - from) / 100) / 10;
  const main = events
    .filter((e) => e.pid === start.pid && e.tid === start.tid && e.ph === 'X' && e.dur !== undefined)
    .sort((a, b) => a.ts - b.ts);
  const busy: Record<string, number> = {};
  let coveredUntil = from;
  let covered = 0;
  for (const event of main) {
    const kind = KINDS[event.name];
    const begin = Math.max(event.ts, from);
    const end = Math.min(event.ts + (event.dur ?? 0), to);
    if (end <= begin) continue;
    // Only the outermost known event counts: its children are part of its time.
    if (kind && begin >= coveredUntil) {
      busy[kind] = (busy[kind] ?? 0) + (end - begin) / 1_000;
      covered += end - begin;
      coveredUntil = end;
    }
  }
  for (const kind of Object.keys(busy)) busy[kind] = Math.round((busy[kind] ?? 0) * 10) / 10;
  const sent = new Map<string, { url: string; sent: number; finished: number | null }>();
  for (const event of events) {
    const data = event.args?.data;
    if (event.pid !== start.pid || !data || event.ts < from) continue;
    if (event.name === 'ResourceSendRequest' && typeof data.url === 'string')
      sent.set(String(data.requestId), { url: data.url, sent: ms(event.ts), finished: null });
    const open = sent.get(String(data.requestId));
    if (event.name === 'ResourceFinish' && open) open.finished = ms(event.ts);
  }
  const workerStart = events
    .filter(
      (e) =>
        e.ts >= from - 50_000 &&
        e.ts <= to &&
        /StartWorker|EmbeddedWorkerInstance::Start|ServiceWorkerVersion::StartWorker/.test(e.name),
    )
    .map((e) => ({ name: e.name, at: ms(e.ts), dur: Math.round((e.dur ?? 0) / 100) / 10 }));
  return {
    busy,
    idle: Math.round((windowMs - covered / 1_000) * 10) / 10,
    requests: [...sent.values()].filter((r) => r.sent <= windowMs),
    workerStart,
  };
}
