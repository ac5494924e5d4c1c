/**
 * Printing bundle-weight.ts's findings: one table per JS file (its areas, then its heaviest source
 * files), and a summary per bundle as a browser loads it (a page's first load spans several files),
 * set against the ceilings and aims in budget-limits.mjs.
 */
import { BUDGETS, type Budget, backgroundPartBudget, contentScriptBudget } from './budget-limits.mjs';
import type { BundleFile } from './bundle-roles';
import { kb } from './sizes.mjs';
import type { GroupWeight } from './weigh-groups';

export interface BundleWeight extends BundleFile {
  raw: number;
  gzip: number;
  /** Whether the code equals .output/chrome-mv3's file; null when that file is missing. */
  matchesProduction: boolean | null;
  areas: GroupWeight[];
  files: GroupWeight[];
}

const n = (value: number) => value.toLocaleString('en-US');

function printRows(heading: string, rows: GroupWeight[], total: number): void {
  const width = Math.max(44, ...rows.map((row) => row.name.length));
  const head = [heading.padEnd(width), 'raw B'.padStart(8), 'share'.padStart(6), 'gz≈ B'.padStart(7)];
  console.log(`    ${[...head, 'cut saves gz B'].join(' ')}`);
  for (const row of rows) {
    const share = `${((row.raw / total) * 100).toFixed(1)}%`;
    const cells = [row.name.padEnd(width), n(row.raw).padStart(8), share.padStart(6)];
    console.log(`    ${[...cells, n(row.gzipShare).padStart(7), n(row.gzipSaved).padStart(14)].join(' ')}`);
  }
}

export function printBundle(bundle: BundleWeight, topFiles: number): void {
  const same =
    bundle.matchesProduction === null
      ? 'no .output file to compare'
      : bundle.matchesProduction
        ? 'same code as .output'
        : 'DIFFERS from .output';
  console.log(`\n  ${bundle.file} (${bundle.role}): ${n(bundle.raw)} B raw, ${n(bundle.gzip)} B gz; ${same}`);
  printRows('area', bundle.areas, bundle.raw);
  printRows(`top ${topFiles} source files`, bundle.files.slice(0, topFiles), bundle.raw);
}

interface LoadedBundle {
  name: string;
  parts: BundleWeight[];
  budget: Budget;
}

function loadedBundles(weights: BundleWeight[]): LoadedBundle[] {
  const byRole = (test: (role: string) => boolean) => weights.filter((bundle) => test(bundle.role));
  return [
    { name: 'background', parts: byRole((role) => role === 'background'), budget: BUDGETS.background },
    ...byRole((role) => role === 'background part').map((bundle) => {
      const name = bundle.file.replace(/\.js$/, '');
      // A part with no ceiling shows as over it (budgets.mjs fails it).
      return { name, parts: [bundle], budget: backgroundPartBudget(name) ?? { limit: 0, aim: 0 } };
    }),
    ...byRole((role) => role === 'content script').map((bundle) => {
      const name = bundle.file.replace(/^content-scripts\/|\.js$/g, '');
      return { name, parts: [bundle], budget: contentScriptBudget(name) };
    }),
    ...byRole((role) => role === 'content script part').map((bundle) => {
      const name = bundle.file.replace(/^part-|\.js$/g, '');
      return { name: `part ${name}`, parts: [bundle], budget: BUDGETS.parts[name] ?? BUDGETS.contentScript };
    }),
    { name: 'popup first load', parts: byRole((role) => role.includes('popup.html')), budget: BUDGETS.popup },
    {
      name: 'options first load',
      parts: byRole((role) => role.includes('options.html')),
      budget: BUDGETS.popup,
    },
  ].filter((bundle) => bundle.parts.length > 0);
}

function topAreas(parts: BundleWeight[], count: number): string {
  const totals = new Map<string, number>();
  for (const area of parts.flatMap((part) => part.areas)) {
    totals.set(area.name, (totals.get(area.name) ?? 0) + area.gzipShare);
  }
  return [...totals]
    .sort((a, b) => b[1] - a[1])
    .slice(0, count)
    .map(([name, gzip]) => `${name} ${kb(gzip)}`)
    .join(', ');
}

export function printSummary(weights: BundleWeight[]): void {
  console.log('\n  Per bundle as loaded (gzip -9 of each file, summed), against ceiling / aim:');
  for (const { name, parts, budget } of loadedBundles(weights)) {
    const gzip = parts.reduce((sum, part) => sum + part.gzip, 0);
    const verdict = gzip > budget.limit ? 'OVER CEILING' : gzip > budget.aim ? 'above aim' : 'within aim';
    const limits = `${kb(budget.limit)} / ${kb(budget.aim)}`;
    console.log(
      `    ${name.padEnd(20)} ${kb(gzip).padStart(8)}  of ${limits}  ${verdict.padEnd(12)} top: ${topAreas(parts, 3)}`,
    );
  }
}
