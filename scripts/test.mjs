#!/usr/bin/env node
/**
 * `npm test`: every gate in order, cheapest first, stopping at the first failure with the step's name.
 * Prints each step's wall time and, last, one summary line `N passed, M failed` over all vitest runs.
 * Skipped or todo tests count as failures: the project allows none (a skipped test hides a gap).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { localBin, run, seconds } from './lib/process.mjs';

const NODE = process.execPath;
const totals = { passed: 0, failed: 0, skipped: 0 };
const timings = [];
/** Failed tests of every run, repeated after the step timings: CI often keeps only the tail. */
const failures = [];

const STEPS = [
  { name: 'check (tsc + biome)', command: 'npm', args: ['run', '--silent', 'check'] },
  { name: 'unit tests', vitest: 'unit' },
  { name: 'service tests', vitest: 'service' },
  { name: 'build', command: NODE, args: ['scripts/build.mjs'] },
  { name: 'Firefox lint', command: NODE, args: ['scripts/lint-firefox.mjs'] },
  { name: 'bundle budgets', command: NODE, args: ['scripts/budgets.mjs'] },
  { name: 'e2e tests (Chromium + Firefox)', vitest: 'e2e' },
];

/** Runs one vitest project with a JSON report beside the usual output; answers an error or null. */
async function runVitest(project) {
  const report = path.join(os.tmpdir(), `simkl-vitest-${project}-${process.pid}.json`);
  fs.rmSync(report, { force: true });
  const args = [
    'run',
    '--project',
    project,
    '--reporter=default',
    '--reporter=json',
    `--outputFile.json=${report}`,
  ];
  const { code } = await run(localBin('vitest'), args);
  if (!fs.existsSync(report)) return `vitest wrote no report (exit ${code})`;
  const counts = JSON.parse(fs.readFileSync(report, 'utf8'));
  fs.rmSync(report, { force: true });
  failures.push(...failedTests(counts));
  const notRun = counts.numPendingTests + (counts.numTodoTests ?? 0);
  // A failing beforeAll (e.g. a browser that will not start) leaves its tests "skipped": they failed.
  const suitesFailed = counts.numFailedTestSuites > 0;
  const failed = counts.numFailedTests + (suitesFailed ? notRun : 0);
  const skipped = suitesFailed ? 0 : notRun;
  totals.passed += counts.numPassedTests;
  totals.failed += failed;
  totals.skipped += skipped;
  if (suitesFailed && counts.numFailedTests === 0) {
    return `${counts.numFailedTestSuites} suite(s) failed to load or set up; their ${notRun} test(s) did not run`;
  }
  if (failed > 0) return `${failed} test(s) failed`;
  if (skipped > 0) return `${skipped} test(s) skipped or todo; none are allowed`;
  if (counts.numTotalTests === 0) return 'no tests ran';
  if (code !== 0) return `vitest exited with ${code} (a suite failed to load, or an unhandled error)`;
  return null;
}

/** `file › test: first line of its error` for each failed test (and each suite that failed to load). */
function failedTests(report) {
  const lines = [];
  for (const file of report.testResults ?? []) {
    const where = path.relative(process.cwd(), file.name);
    const failed = file.assertionResults.filter((test) => test.status === 'failed');
    for (const test of failed) lines.push(`${where} › ${test.fullName}: ${firstLine(test.failureMessages)}`);
    if (failed.length === 0 && file.status === 'failed') lines.push(`${where}: ${firstLine([file.message])}`);
  }
  return lines;
}

function firstLine(messages) {
  // Strips colour codes (ESC [ … m) without a control character in a regex literal.
  const text = (messages ?? [])
    .join('\n')
    .replace(new RegExp(`${String.fromCharCode(27)}\\[[0-9;]*m`, 'g'), '');
  return (
    text
      .split('\n')
      .find((line) => line.trim() !== '')
      ?.trim()
      .slice(0, 300) ?? '(no message)'
  );
}

async function runStep(step) {
  if (step.vitest) return runVitest(step.vitest);
  const { code } = await run(step.command, step.args);
  return code === 0 ? null : `exited with ${code}`;
}

function summarise() {
  console.log('\nStep timings:');
  for (const { name, ms, ok } of timings)
    console.log(`  ${ok ? 'ok  ' : 'FAIL'} ${seconds(ms).padStart(7)}  ${name}`);
  if (failures.length > 0) console.log(`\nFailed:\n${failures.map((line) => `  ${line}`).join('\n')}`);
  const skipped = totals.skipped > 0 ? `, ${totals.skipped} skipped` : '';
  console.log(`\n${totals.passed} passed, ${totals.failed} failed${skipped}`);
}

const started = Date.now();
for (const step of STEPS) {
  console.log(`\n\x1b[1m▶ ${step.name}\x1b[0m`);
  const stepStarted = Date.now();
  const problem = await runStep(step);
  timings.push({ name: step.name, ms: Date.now() - stepStarted, ok: problem === null });
  if (problem) {
    console.error(`\n\x1b[31m✖ npm test stopped at "${step.name}": ${problem}\x1b[0m`);
    summarise();
    process.exit(1);
  }
}
timings.push({ name: 'total', ms: Date.now() - started, ok: true });
summarise();
