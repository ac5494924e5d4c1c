#!/usr/bin/env node
/**
 * `npm test`: every gate in order, cheapest first, stopping at the first failure with the step's name.
 * Prints each step's wall time and, last, one summary line `N passed, M failed` over all vitest runs.
 * Skipped or todo tests count as failures: the project allows none (a skipped test hides a gap).
 * An e2e file that fails is run once more alone; if it passes then, its failures are listed as FLAKY.
 * Last of all come the e2e files' own times (import and run, hooks included), slowest first.
 * `npm test -- --from=e2e` starts at the first step whose name begins with the word given (after a
 * fix, say); the steps before it are listed as not run, and the run does not count as a whole one.
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
/** Tests that failed once and passed when their file ran again alone. */
const flaky = [];
/** Each e2e file's own time from its (last) run: { file, importMs, runMs, state }. */
let fileTimes = [];

const STEPS = [
  { name: 'check (tsc + biome)', command: 'npm', args: ['run', '--silent', 'check'] },
  { name: 'unit tests', vitest: 'unit' },
  { name: 'service tests', vitest: 'service' },
  { name: 'build', command: NODE, args: ['scripts/build.mjs'] },
  { name: 'Firefox lint', command: NODE, args: ['scripts/lint-firefox.mjs'] },
  { name: 'bundle budgets', command: NODE, args: ['scripts/budgets.mjs'] },
  // Real browsers on a busy machine: a failing file gets one more run alone (reported as FLAKY).
  { name: 'e2e tests (Chromium + Firefox)', vitest: 'e2e', rerunFailedFiles: true, fileTimes: true },
];

const FILE_TIMES_REPORTER = path.join(import.meta.dirname, 'lib', 'file-times-reporter.mjs');

/**
 * Runs one vitest project (or some of its files) with a JSON report beside the usual output, and
 * with `withTimes` each file's own time (the JSON report's start and end leave out a file's hooks).
 */
async function vitestReport(project, files = [], withTimes = false) {
  const report = path.join(os.tmpdir(), `simkl-vitest-${project}-${process.pid}.json`);
  const times = path.join(os.tmpdir(), `simkl-vitest-${project}-${process.pid}-times.json`);
  fs.rmSync(report, { force: true });
  fs.rmSync(times, { force: true });
  const args = [
    'run',
    '--project',
    project,
    '--reporter=default',
    '--reporter=json',
    `--outputFile.json=${report}`,
    ...(withTimes ? [`--reporter=${FILE_TIMES_REPORTER}`] : []),
  ];
  const env = withTimes ? { ...process.env, SIMKL_FILE_TIMES: times } : process.env;
  const { code } = await run(localBin('vitest'), [...args, ...files], { env });
  if (withTimes && fs.existsSync(times)) {
    const seen = JSON.parse(fs.readFileSync(times, 'utf8'));
    fs.rmSync(times, { force: true });
    // A re-run replaces the times of the files it ran again.
    fileTimes = [...fileTimes.filter((old) => !seen.some((now) => now.file === old.file)), ...seen];
  }
  if (!fs.existsSync(report)) return { code, report: null };
  const parsed = JSON.parse(fs.readFileSync(report, 'utf8'));
  fs.rmSync(report, { force: true });
  return { code, report: parsed };
}

/**
 * Runs a vitest project; answers an error or null. With `rerunFailedFiles`, a file whose tests failed
 * is run once more alone: when it then passes, its first failures are printed as FLAKY at the end
 * (loudly, to be fixed) and its second run counts; when it fails again, the step fails.
 */
async function runVitest(step) {
  const first = await vitestReport(step.vitest, [], step.fileTimes);
  if (!first.report) return `vitest wrote no report (exit ${first.code})`;
  const again = failedFiles(first.report);
  if (!step.rerunFailedFiles || again.length === 0 || again.length > MAX_RERUN_FILES) {
    return tally(first.report, first.code);
  }
  console.log(`\n\x1b[33m↻ ${again.length} file(s) failed; running them once more alone\x1b[0m`);
  const second = await vitestReport(step.vitest, again, step.fileTimes);
  if (!second.report) return `vitest wrote no report on the re-run (exit ${second.code})`;
  const passedAlone = failedFiles(second.report).length === 0 && second.code === 0;
  if (!passedAlone) return tally(first.report, first.code);
  flaky.push(...failedTests(first.report));
  const rest = {
    ...first.report,
    testResults: first.report.testResults.filter((file) => !again.includes(file.name)),
  };
  return tally(mergeReports(rest, second.report), 0);
}

/** More than this many failing files is a real breakage, not flakiness: no re-run. */
const MAX_RERUN_FILES = 2;

function failedFiles(report) {
  return (report.testResults ?? [])
    .filter(
      (file) => file.status === 'failed' || file.assertionResults.some((test) => test.status === 'failed'),
    )
    .map((file) => file.name);
}

/** One report's counts, recomputed from its files (the re-run replaces some files of the first run). */
function mergeReports(first, second) {
  const testResults = [...first.testResults, ...second.testResults];
  const tests = testResults.flatMap((file) => file.assertionResults);
  const count = (status) => tests.filter((test) => test.status === status).length;
  return {
    testResults,
    numTotalTests: tests.length,
    numPassedTests: count('passed'),
    numFailedTests: count('failed'),
    numPendingTests: count('pending') + count('skipped'),
    numTodoTests: count('todo'),
    numFailedTestSuites: testResults.filter((file) => file.status === 'failed').length,
  };
}

/** Adds a report to the totals; answers the step's error or null. */
function tally(counts, code) {
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
  if (step.vitest) return runVitest(step);
  const { code } = await run(step.command, step.args);
  return code === 0 ? null : `exited with ${code}`;
}

/** Every e2e file's own time, slowest first: where the suite's minutes go. */
function printFileTimes() {
  if (fileTimes.length === 0) return;
  const total = (time) => time.importMs + time.runMs;
  const sorted = [...fileTimes].sort((a, b) => total(b) - total(a));
  const sum = sorted.reduce((all, time) => all + total(time), 0);
  console.log(
    `\ne2e files' own times, slowest first (import + run, hooks included; ${seconds(sum)} in all):`,
  );
  for (const time of sorted) {
    const mark = time.state === 'passed' ? '    ' : 'FAIL';
    const parts = `${seconds(time.importMs)} import + ${seconds(time.runMs)} run`;
    console.log(`  ${mark} ${seconds(total(time)).padStart(7)}  ${time.file}  (${parts})`);
  }
}

function summarise() {
  printFileTimes();
  console.log('\nStep timings:');
  for (const { name, ms, ok } of timings)
    console.log(`  ${ok ? 'ok  ' : 'FAIL'} ${seconds(ms).padStart(7)}  ${name}`);
  if (flaky.length > 0) {
    console.log(
      `\n\x1b[33mFLAKY (failed, then passed alone; fix them):\x1b[0m\n${flaky.map((line) => `  ${line}`).join('\n')}`,
    );
  }
  if (failures.length > 0) console.log(`\nFailed:\n${failures.map((line) => `  ${line}`).join('\n')}`);
  const skipped = totals.skipped > 0 ? `, ${totals.skipped} skipped` : '';
  console.log(`\n${totals.passed} passed, ${totals.failed} failed${skipped}`);
}

/** `--from=<word>`: the steps before the first whose name starts with it are not run. */
function stepsToRun() {
  const from = process.argv.find((arg) => arg.startsWith('--from='))?.slice('--from='.length);
  if (!from) return STEPS;
  const first = STEPS.findIndex((step) => step.name.startsWith(from));
  if (first === -1) {
    console.error(`--from=${from}: no step starts with it (${STEPS.map((step) => step.name).join('; ')})`);
    process.exit(2);
  }
  for (const step of STEPS.slice(0, first))
    console.log(`\x1b[33m- ${step.name}: not run (--from=${from})\x1b[0m`);
  return STEPS.slice(first);
}

const started = Date.now();
for (const step of stepsToRun()) {
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
