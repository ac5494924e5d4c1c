#!/usr/bin/env node
/**
 * The size budgets from design.md, checked on the Chrome build (the JS is the same for every target):
 * each content script (JS + its CSS) and the popup's first load, gzip -9. Fails when one is over or
 * when the thing to measure is missing: a budget that measured nothing would pass for the wrong reason.
 */
import path from 'node:path';
import { fail, REPO_ROOT } from './lib/process.mjs';
import { contentScripts, gzipSize, kb, pageScripts } from './lib/sizes.mjs';

const EXTENSION_DIR = path.join(REPO_ROOT, '.output', 'chrome-mv3');
const CONTENT_SCRIPT_LIMIT = 15 * 1024;
const POPUP_LIMIT = 40 * 1024;

function budgets() {
  const checks = Object.entries(contentScripts(EXTENSION_DIR)).map(([name, files]) => ({
    label: `content script ${name}`,
    files,
    limit: CONTENT_SCRIPT_LIMIT,
  }));
  if (checks.length === 0) fail(`no content scripts in ${EXTENSION_DIR}/content-scripts: build first?`);
  const popup = pageScripts(EXTENSION_DIR, 'popup.html');
  if (popup.length === 0) fail(`no popup.html scripts in ${EXTENSION_DIR}: build first?`);
  checks.push({ label: 'popup JS (first load)', files: popup, limit: POPUP_LIMIT });
  return checks;
}

let over = 0;
for (const { label, files, limit } of budgets()) {
  const size = files.reduce((sum, file) => sum + gzipSize(file), 0);
  const ok = size <= limit;
  if (!ok) over += 1;
  const names = files.map((file) => path.relative(EXTENSION_DIR, file)).join(' + ');
  console.log(`${ok ? 'ok  ' : 'OVER'} ${label}: ${kb(size)} gz of ${kb(limit)} (${names})`);
}
if (over > 0) fail(`${over} bundle(s) over budget`);
