/**
 * Where each bundle's bytes go (`npm run bench` runs it; `npx tsx scripts/bundle-weight.ts` alone).
 * Builds chrome-mv3 again with source maps into a temporary folder (never `.output`), attributes every
 * byte of each JS file to its source file, and prints per file its areas (node_modules/<package>,
 * lib/<room>, components, entrypoints) and heaviest source files, then a summary per bundle. Writes
 * bench-output/bundle-weight.json. Raw bytes are exact; gzip figures are estimates (weigh-groups.ts).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { RawSourceMap } from 'source-map-js';
import { REPO_ROOT } from '../tests/e2e/harness/build-output';
import { buildWithSourceMaps, productionCode } from './lib/analysis-build';
import { type BundleFile, bundleFiles } from './lib/bundle-roles';
import { moduleArea, repoRelativeSource } from './lib/module-area';
import { spansBySource } from './lib/source-map-bytes';
import { gzipBytes, weighGroups } from './lib/weigh-groups';
import { type BundleWeight, printBundle, printSummary } from './lib/weight-report';

const TOP_FILES = 8;
const PRODUCTION_DIR = path.join(REPO_ROOT, '.output', 'chrome-mv3');

function weighBundle(extensionDir: string, bundle: BundleFile): BundleWeight {
  const jsPath = path.join(extensionDir, bundle.file);
  const code = productionCode(jsPath);
  // The bundler's own runtime chunk (rolldown-runtime-*.js, once pages load code on demand) has no map.
  const mapPath = `${jsPath}.map`;
  const map: RawSourceMap = fs.existsSync(mapPath)
    ? JSON.parse(fs.readFileSync(mapPath, 'utf8'))
    : { version: 3, file: bundle.file, sources: [], names: [], mappings: '' };
  const bySource = spansBySource(code, map).map((span) => ({
    ...span,
    file: span.source === null ? null : repoRelativeSource(span.source, path.dirname(jsPath), REPO_ROOT),
  }));
  const production = path.join(PRODUCTION_DIR, bundle.file);
  return {
    ...bundle,
    raw: Buffer.byteLength(code),
    gzip: gzipBytes(code),
    matchesProduction: fs.existsSync(production) ? fs.readFileSync(production, 'utf8') === code : null,
    areas: weighGroups(
      code,
      bySource.map((span) => ({ ...span, label: moduleArea(span.file) })),
    ),
    files: weighGroups(
      code,
      bySource.map((span) => ({ ...span, label: span.file ?? moduleArea(null) })),
    ),
  };
}

const outBase = fs.mkdtempSync(path.join(os.tmpdir(), 'simkl-bundle-weight-'));
try {
  console.log('\nWhere the bytes go: chrome-mv3 built again with source maps, into a temporary folder.');
  console.log("  raw B: exact minified bytes; gz≈: the file's gzip -9 shared pro rata to raw bytes;");
  console.log(
    "  cut saves: how much smaller the file's gzip -9 is without that text (an upper bound of a cut).",
  );
  const extensionDir = await buildWithSourceMaps(REPO_ROOT, outBase);
  const weights = bundleFiles(extensionDir).map((bundle) => weighBundle(extensionDir, bundle));
  for (const bundle of weights) printBundle(bundle, TOP_FILES);
  printSummary(weights);
  const outDir = path.join(REPO_ROOT, 'bench-output');
  fs.mkdirSync(outDir, { recursive: true });
  fs.writeFileSync(path.join(outDir, 'bundle-weight.json'), `${JSON.stringify(weights, null, 2)}\n`);
  console.log('\nWritten to bench-output/bundle-weight.json');
  if (weights.some((bundle) => bundle.matchesProduction === false)) {
    console.log('Note: some files differ from .output/chrome-mv3 (a stale build?): `npm run build` first.');
  }
} finally {
  fs.rmSync(outBase, { recursive: true, force: true });
}
