/**
 * Where the popup's first render spends its time: a Chromium trace (the DevTools protocol's Tracing,
 * through the benches' own browser driver) of a few opens, warm and cold, in the world of
 * bench/popup.bench.ts. For each open: the main thread's time by kind from navigation start to the
 * paint of the title and its list (HTML parse, module compile and evaluation, style, layout, paint,
 * JS), the time it sat idle waiting on the browser, every file the page asked for with when it was
 * asked and done, and when the worker started. Prints the medians per case and writes
 * bench-output/popup-trace.json (docs/architecture.md, Budgets, reads from it). Run with
 * `npx tsx bench/popup-trace.ts` (`BENCH_OPENS`, default 5; `BENCH_EXTENSION_DIR` as in popup-session.ts).
 */
import fs from 'node:fs';
import path from 'node:path';
import type { CDPSession } from 'playwright-core';
import { REPO_ROOT } from '../tests/e2e/harness/build-output';
import { summarise } from './lib/mount-probe';
import { POPUP_PROBE, type PopupRecord, popupDone } from './lib/popup-probe';
import { quiet, startPopupSession } from './lib/popup-session';
import {
  breakdown,
  type LoadBreakdown,
  navigationStartOf,
  TRACE_CATEGORIES,
  type TraceEvent,
} from './lib/trace-events';

const OPENS = Number(process.env.BENCH_OPENS ?? 5);
type Case = 'warm' | 'cold';
const CASES: readonly Case[] = ['warm', 'cold'];

async function traced<T>(
  session: CDPSession,
  run: () => Promise<T>,
): Promise<{ result: T; events: TraceEvent[] }> {
  const events: TraceEvent[] = [];
  const collect = ({ value }: { value: unknown[] }) => events.push(...(value as TraceEvent[]));
  session.on('Tracing.dataCollected', collect);
  const complete = new Promise<void>((resolve) => session.once('Tracing.tracingComplete', () => resolve()));
  await session.send('Tracing.start', { categories: TRACE_CATEGORIES, transferMode: 'ReportEvents' });
  const result = await run();
  await session.send('Tracing.end');
  await complete;
  session.off('Tracing.dataCollected', collect);
  return { result, events };
}

interface Open {
  which: Case;
  record: PopupRecord;
  load: LoadBreakdown;
}

const popupSession = await startPopupSession();
const { world, chrome, popupUrl } = popupSession;
const opens: Open[] = [];
try {
  const host = chrome.context.pages()[0] ?? (await chrome.context.newPage());
  for (let open = 0; open < OPENS + 1; open++) {
    for (const which of CASES) {
      if (which === 'cold') await chrome.stopServiceWorker();
      const cdp = await chrome.context.newCDPSession(host);
      const popup = await chrome.context.newPage();
      await popup.addInitScript({ content: POPUP_PROBE });
      const { result: record, events } = await traced(cdp, async () => {
        await popup.goto(popupUrl);
        await popup.waitForFunction(popupDone);
        return popup.evaluate(() => (window as unknown as { __popupRender: PopupRecord }).__popupRender);
      });
      await cdp.detach();
      const start = navigationStartOf(events, 'popup.html');
      // The first open of each case warms the browser's caches of the extension's files.
      if (open > 0 && start && record.firstRender !== null)
        opens.push({ which, record, load: breakdown(events, start, record.firstRender) });
      await quiet(world, 300);
      await popup.close();
    }
  }
} finally {
  await popupSession.close();
}

const round = (value: number) => Math.round(value * 10) / 10;
const report: Record<string, unknown> = {};
for (const which of CASES) {
  const mine = opens.filter((open) => open.which === which);
  const median = (values: number[]) => summarise(values).median;
  const kinds = [...new Set(mine.flatMap((open) => Object.keys(open.load.busy)))];
  const busy = Object.fromEntries(
    kinds.map((kind) => [kind, median(mine.map((o) => o.load.busy[kind] ?? 0))]),
  );
  const files = [...new Set(mine.flatMap((open) => open.load.requests.map((r) => r.url)))];
  const requests = files.map((url) => {
    const of = mine.flatMap((open) => open.load.requests.filter((r) => r.url === url));
    return {
      file: url.replace(/^chrome-extension:\/\/[^/]+\//, ''),
      sent: median(of.map((r) => r.sent)),
      finished: median(of.flatMap((r) => (r.finished === null ? [] : [r.finished]))),
    };
  });
  const summary = {
    opens: mine.length,
    shellInDom: median(mine.map((o) => o.record.shell ?? Number.NaN)),
    titleInDom: median(mine.map((o) => o.record.inDom ?? Number.NaN)),
    titlePainted: median(mine.map((o) => o.record.firstRender ?? Number.NaN)),
    mainThreadBusyMs: busy,
    mainThreadIdleMs: median(mine.map((o) => o.load.idle)),
    requests,
    workerStart: mine.map((o) => o.load.workerStart.map((w) => `${w.name} @${round(w.at)} (${w.dur} ms)`)),
  };
  report[which] = summary;
  console.log(`\n${which}: ${mine.length} traced opens, medians in ms from navigation start`);
  console.log(
    `  frame in the DOM ${summary.shellInDom}, title + list in the DOM ${summary.titleInDom}, painted ${summary.titlePainted}`,
  );
  console.log(`  main thread until painted: idle ${summary.mainThreadIdleMs}, busy ${JSON.stringify(busy)}`);
  for (const r of requests)
    console.log(`  ${r.file.padEnd(44)} asked ${String(r.sent).padStart(6)}  done ${r.finished}`);
  console.log(`  worker start: ${JSON.stringify(summary.workerStart[0] ?? [])}`);
}
const outDir = path.join(REPO_ROOT, 'bench-output');
fs.mkdirSync(outDir, { recursive: true });
fs.writeFileSync(path.join(outDir, 'popup-trace.json'), `${JSON.stringify(report, null, 2)}\n`);
