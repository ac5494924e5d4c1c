#!/usr/bin/env node
/**
 * Runs Mozilla's add-on linter (the one AMO runs) on both Firefox builds, reads its JSON report, prints
 * the counts and every message, and fails on any error. Warnings are shown but allowed
 * (docs/architecture.md, Add-on lint: Preact's innerHTML path is one AMO accepts).
 */
import path from 'node:path';
import { fail, localBin, REPO_ROOT, run, seconds } from './lib/process.mjs';

/** Both Firefox builds, or the directories given as arguments. */
const DIRS = process.argv.length > 2 ? process.argv.slice(2) : ['.output/firefox-mv2', '.output/firefox-mv3'];

/** update-notifier would ask the npm registry for a newer web-ext: no network in tests. */
const ENV = { ...process.env, NO_UPDATE_NOTIFIER: '1' };

async function lint(dir) {
  const args = [
    'lint',
    '--source-dir',
    path.resolve(REPO_ROOT, dir),
    '--output=json',
    '--no-config-discovery',
  ];
  const result = await run(localBin('web-ext'), args, { capture: true, env: ENV });
  const start = result.stdout.indexOf('{');
  let report;
  try {
    report = JSON.parse(result.stdout.slice(start));
  } catch {
    console.error(result.stdout, result.stderr);
    fail(`web-ext lint ${dir} printed no JSON report (exit ${result.code})`);
  }
  return { dir, report, ms: result.ms };
}

function printReport({ dir, report, ms }) {
  const { errors, warnings, notices } = report.summary;
  console.log(`${dir}: ${errors} errors, ${warnings} warnings, ${notices} notices (${seconds(ms)})`);
  for (const [kind, list] of [
    ['error', report.errors],
    ['warning', report.warnings],
    ['notice', report.notices],
  ]) {
    for (const message of list) {
      const where = message.file ? ` ${message.file}${message.line ? `:${message.line}` : ''}` : '';
      console.log(`  ${kind} ${message.code}${where}: ${message.message}`);
    }
  }
  return errors;
}

const reports = await Promise.all(DIRS.map(lint));
const errorCount = reports.map(printReport).reduce((sum, count) => sum + count, 0);
if (errorCount > 0) fail(`web-ext lint found ${errorCount} error(s)`);
