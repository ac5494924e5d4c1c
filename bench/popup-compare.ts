/**
 * Two builds of the popup timed against each other on a shared, noisy machine: each build in a
 * browser (and world) of its own, set up as bench/popup.bench.ts sets up one, then the opens
 * interleaved one by one (A warm, B warm, A cold, B cold, ...) so that a burst of load falls on both
 * alike. Prints the median and p95 of each build's first render (the title and its list painted) and
 * of its entry into the DOM, and writes every sample to bench-output/popup-compare.json.
 * `npx tsx bench/popup-compare.ts <chrome-mv3 dir A> <chrome-mv3 dir B>` (`BENCH_OPENS`, default 30).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { REPO_ROOT } from '../tests/e2e/harness/build-output';
import { summarise } from './lib/mount-probe';
import { type PopupSession, startPopupSession, timePopupOpen } from './lib/popup-session';

const OPENS = Number(process.env.BENCH_OPENS ?? 30);
const WARM_UP = 3;
const CASES = ['warm', 'cold'] as const;
const builds = process.argv.slice(2);
if (builds.length !== 2) throw new Error('usage: popup-compare.ts <build A> <build B>');

type Samples = Record<(typeof CASES)[number], { painted: number[]; inDom: number[] }>;
const samples: Samples[] = builds.map(() => ({
  warm: { painted: [], inDom: [] },
  cold: { painted: [], inDom: [] },
}));
const sessions: PopupSession[] = [];
try {
  for (const build of builds) sessions.push(await startPopupSession(build));
  for (let open = 0; open < WARM_UP + OPENS; open++) {
    for (const which of CASES) {
      for (const [index, session] of sessions.entries()) {
        const record = await timePopupOpen(session, which);
        const mine = samples[index]?.[which];
        if (open < WARM_UP || !mine || record.firstRender === null || record.inDom === null) continue;
        mine.painted.push(record.firstRender);
        mine.inDom.push(record.inDom);
      }
    }
  }
} finally {
  for (const session of sessions) await session.close();
}

console.log(
  `\npopup first render, Chromium, ${OPENS} opens per build and case, interleaved; ms from navigation start; 1-min load average ${os.loadavg()[0]?.toFixed(2)}`,
);
for (const which of CASES) {
  for (const [index, build] of builds.entries()) {
    const mine = samples[index]?.[which];
    if (!mine) continue;
    const painted = summarise(mine.painted);
    const inDom = summarise(mine.inDom);
    console.log(
      `  ${which} ${'AB'[index]} painted median ${painted.median} p95 ${painted.p95} | in the DOM median ${inDom.median} p95 ${inDom.p95}  (${build})`,
    );
  }
}
const outDir = path.join(REPO_ROOT, 'bench-output');
fs.mkdirSync(outDir, { recursive: true });
fs.writeFileSync(
  path.join(outDir, 'popup-compare.json'),
  `${JSON.stringify({ builds, opens: OPENS, samples }, null, 2)}\n`,
);
