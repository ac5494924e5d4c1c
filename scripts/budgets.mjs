#!/usr/bin/env node
import fs from 'node:fs';
/**
 * The size budgets (docs/architecture.md, Budgets), checked on the Chrome build (the JS is the same for every target):
 * each content script (JS + its CSS), the background and the popup's first load, gzip -9. Fails when
 * one is over its ceiling or when the thing to measure is missing: a budget that measured nothing
 * would pass for the wrong reason. The aims (lighter than the ceilings) are reported, not asserted;
 * `npm run bench` shows where each bundle's bytes go.
 *
 * Then what each content script carries: a site's scripts hold that site's code only (a script that
 * imported the site registry would carry every adapter, and with each new site all of them would
 * grow). See scripts/lib/site-fingerprints.mjs for how another site's code is recognised. The
 * background carries no site's page readers at all.
 */
import path from 'node:path';
import {
  ABOVE_CONTENT_SCRIPT_TARGET,
  BUDGETS,
  backgroundPartBudget,
  CONTENT_SCRIPT_TARGET,
  contentScriptCeiling,
} from './lib/budget-limits.mjs';
import { fail, REPO_ROOT } from './lib/process.mjs';
import { foreignSites, siteFingerprints, siteOfScript } from './lib/site-fingerprints.mjs';
import {
  backgroundScripts,
  contentScriptParts,
  contentScripts,
  filesNotNamedInPage,
  gzipSize,
  kb,
  pageScripts,
} from './lib/sizes.mjs';

const EXTENSION_DIR = path.join(REPO_ROOT, '.output', 'chrome-mv3');

function required(files, what) {
  if (files.length === 0) fail(`no ${what} in ${EXTENSION_DIR}: build first?`);
  return files;
}

/** A script still named above the target that came within it must leave the list, so it stays within. */
function targetRatchet(scripts) {
  for (const name of ABOVE_CONTENT_SCRIPT_TARGET) {
    const files = scripts[name];
    if (!files) fail(`ABOVE_CONTENT_SCRIPT_TARGET names ${name}, which was not built`);
    const size = files.reduce((sum, file) => sum + gzipSize(file), 0);
    if (size <= CONTENT_SCRIPT_TARGET)
      fail(`content script ${name} is within the ${kb(CONTENT_SCRIPT_TARGET)} target now (${kb(size)}): take it
  off ABOVE_CONTENT_SCRIPT_TARGET in scripts/lib/budget-limits.mjs, so it stays within it`);
  }
}

/** Every part has a ceiling of its own, and every ceiling its part: a missing one measured nothing. */
function partChecks() {
  const parts = contentScriptParts(EXTENSION_DIR);
  for (const name of Object.keys(BUDGETS.parts))
    if (!parts[name]) fail(`no part-${name}.js in ${EXTENSION_DIR}, which BUDGETS.parts names`);
  return Object.entries(parts).map(([name, file]) => {
    if (!BUDGETS.parts[name]) fail(`part-${name}.js has no ceiling in BUDGETS.parts`);
    return { label: `content script part ${name}`, files: [file], ...BUDGETS.parts[name] };
  });
}

function budgets() {
  const scripts = contentScripts(EXTENSION_DIR);
  const checks = Object.entries(scripts).map(([name, files]) => ({
    label: `content script ${name}`,
    files,
    ...contentScriptCeiling(name),
  }));
  required(checks, 'content scripts (content-scripts/)');
  targetRatchet(scripts);
  checks.push(...partChecks());
  const background = required(backgroundScripts(EXTENSION_DIR), 'background script (manifest.json)');
  checks.push({ label: 'background', files: background, ...BUDGETS.background });
  checks.push(...backgroundParts());
  const popup = required(pageScripts(EXTENSION_DIR, 'popup.html'), 'popup.html scripts');
  checks.push({ label: 'popup JS (first load)', files: popup, ...BUDGETS.popup });
  return checks;
}

/** The background's parts (root `<name>-part.js`, lib/background/parts/): each has a ceiling of its own. */
function backgroundParts() {
  const built = fs.readdirSync(EXTENSION_DIR).filter((file) => /^[a-z-]+-part\.js$/.test(file));
  const names = built.map((file) => file.replace(/\.js$/, ''));
  const unbudgeted = names.filter((name) => !backgroundPartBudget(name));
  if (unbudgeted.length > 0) fail(`background part(s) without a ceiling: ${unbudgeted.join(', ')}`);
  const missing = Object.keys(BUDGETS.backgroundParts).filter((name) => !names.includes(name));
  if (missing.length > 0) fail(`background part(s) with a ceiling but not built: ${missing.join(', ')}`);
  return names.map((name) => ({
    label: `background part ${name}`,
    files: [path.join(EXTENSION_DIR, `${name}.js`)],
    ...backgroundPartBudget(name),
  }));
}

function aimNote(size, aim) {
  return size <= aim ? `within the ${kb(aim)} aim` : `${kb(size - aim)} above the ${kb(aim)} aim`;
}

let over = 0;
for (const { label, files, limit, aim } of budgets()) {
  const size = files.reduce((sum, file) => sum + gzipSize(file), 0);
  const ok = size <= limit;
  if (!ok) over += 1;
  const names = files.map((file) => path.relative(EXTENSION_DIR, file)).join(' + ');
  console.log(
    `${ok ? 'ok  ' : 'OVER'} ${label}: ${kb(size)} gz of ${kb(limit)}; ${aimNote(size, aim)} (${names})`,
  );
}
if (over > 0) fail(`${over} bundle(s) over budget`);

/** Each content script against every other site's selectors; fails when one holds another site. */
function carriedSites() {
  const fingerprints = siteFingerprints(path.join(REPO_ROOT, 'lib', 'sites'));
  const sites = Object.keys(fingerprints);
  const blind = sites.filter((site) => fingerprints[site].size === 0);
  if (sites.length === 0 || blind.length > 0)
    fail(`no site selectors to recognise ${blind.join(', ') || 'any site'} by`);
  let mixed = 0;
  for (const [name, files] of Object.entries(contentScripts(EXTENSION_DIR))) {
    const own = siteOfScript(name, sites);
    if (!own) fail(`content script ${name} is named after no site (${sites.join(', ')})`);
    const code = files
      .filter((file) => file.endsWith('.js'))
      .map((file) => fs.readFileSync(file, 'utf8'))
      .join('\n');
    const foreign = foreignSites(code, own, fingerprints);
    if (foreign.length > 0) mixed += 1;
    const found = foreign.map(({ site, selector }) => `${site} (${selector})`).join(', ');
    console.log(
      `${foreign.length ? 'MIXED' : 'ok   '} content script ${name}: ${found ? `also carries ${found}` : `${own} only`}`,
    );
  }
  if (mixed > 0) fail(`${mixed} content script(s) carry another site's code`);
}
carriedSites();

/**
 * The background reads links by their URL alone (lib/sites/url-readers.ts): a site's page selectors
 * in it mean its page readers came along through an import chain, bytes the worker never runs.
 */
function backgroundSites() {
  const fingerprints = siteFingerprints(path.join(REPO_ROOT, 'lib', 'sites'));
  const code = backgroundScripts(EXTENSION_DIR)
    .map((file) => fs.readFileSync(file, 'utf8'))
    .join('\n');
  // Whole string literals only: the worker reads Simkl fields such as `.release_date` as properties.
  const quoted = (value) => ['`', "'", '"'].some((quote) => code.includes(`${quote}${value}${quote}`));
  const found = Object.entries(fingerprints).flatMap(([site, values]) => {
    const hit = [...values].map((value) => value.replace(/\\'/g, "'")).find(quoted);
    return hit ? [`${site} (${hit})`] : [];
  });
  const names = found.join(', ');
  console.log(
    `${found.length ? 'MIXED' : 'ok   '} background: ${names ? `carries ${names}` : 'URL readers only'}`,
  );
  if (found.length > 0) fail("the background carries sites' page readers");
}
backgroundSites();

/**
 * The mount bench's stamp (lib/page/control/probe-stamp.ts) tells the page what the control shows: it
 * exists only in the bench's own build. A shipping build whose content scripts still name its event
 * fails, whatever else kept it in.
 */
const PROBE_EVENT = 'simkl-mount-probe';
function noProbeShipped() {
  const builds = fs.existsSync(path.dirname(EXTENSION_DIR))
    ? fs.readdirSync(path.dirname(EXTENSION_DIR)).map((name) => path.join(path.dirname(EXTENSION_DIR), name))
    : [];
  const leaking = builds
    .flatMap((dir) => Object.values(contentScripts(dir)).flat())
    .filter((file) => file.endsWith('.js') && fs.readFileSync(file, 'utf8').includes(PROBE_EVENT));
  for (const file of leaking)
    console.log(`PROBE ${path.relative(REPO_ROOT, file)} holds the mount bench's stamp`);
  if (leaking.length > 0) fail(`${leaking.length} shipping content script(s) hold the mount bench's stamp`);
  console.log("ok    no content script holds the mount bench's stamp");
}
noProbeShipped();

/**
 * The popup's first load is asked for in one round: popup.html names every file of it (a
 * modulepreload for each import), so no import waits for the file that imports it (docs/architecture.md,
 * Budgets: the popup's first paint).
 */
function popupLoadsInOneRound() {
  const late = filesNotNamedInPage(EXTENSION_DIR, 'popup.html');
  for (const file of late)
    console.log(`LATE  ${path.relative(EXTENSION_DIR, file)} is not named in popup.html`);
  if (late.length > 0)
    fail(`${late.length} file(s) of the popup's first load wait for the file importing them`);
  console.log('ok    popup.html names every file of its first load');
}
popupLoadsInOneRound();
