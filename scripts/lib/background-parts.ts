/**
 * The build of the background's parts (docs/architecture.md, "Loading code on demand"). The start-up
 * script (background.js) imports `virtual:background-shared-modules`, which puts the exports listed in
 * lib/background/parts/shared-modules.ts on the worker's registry; each part (`entrypoints/<name>-part.ts`,
 * a WXT unlisted script: a classic script) is built with those modules replaced by reads of that
 * registry, so it shares the start-up's instances instead of copying them. After the build, a module
 * found in two of these bundles fails it (it would hold its state twice), and so does a part that the
 * worker would not import at install.
 */
import path from 'node:path';
import type { InlineConfig, Plugin } from 'vite';
import type { Entrypoint } from 'wxt';
import { REGISTRY_KEY } from '../../lib/background/parts/registry';
import { BACKGROUND_PARTS, SHARED_MODULES } from '../../lib/background/parts/shared-modules';

const VIRTUAL_STARTUP = 'virtual:background-shared-modules';
const SHARED_PREFIX = '\0background-shared:';

const isPackage = (name: string) => !name.startsWith('lib/');
const specifierOf = (root: string, name: string) => (isPackage(name) ? name : path.join(root, name));

/** WXT's wrapper of every unlisted script: a function of one line, no state, in every part. */
const WRAPPER = /node_modules\/wxt\/dist\/utils\/define-unlisted-script\./;

/** Which modules each bundle holds, by bundle, for the check after the build. */
const bundleModules = new Map<string, string[]>();

type OutputBundle = Record<string, { type: string; modules?: Record<string, unknown> }>;

function recordModules(bundle: string, output: OutputBundle): void {
  const ids = Object.values(output).flatMap((chunk) => Object.keys(chunk.modules ?? {}));
  bundleModules.set(
    bundle,
    ids.filter((id) => !id.startsWith('\0') && !id.includes('virtual:') && !WRAPPER.test(id)),
  );
}

/** The start-up script's side: the virtual module that registers the shared exports. */
export function startupSharedModules(root: string): Plugin {
  // Every build gets this plugin; only the one that loads the virtual module is the background's.
  let isBackground = false;
  return {
    name: 'background-shared-modules',
    resolveId: (source) => (source === VIRTUAL_STARTUP ? `\0${VIRTUAL_STARTUP}` : null),
    load(id) {
      if (id !== `\0${VIRTUAL_STARTUP}`) return null;
      isBackground = true;
      const entries = Object.entries(SHARED_MODULES);
      const imports = entries.map(
        ([name, exports], index) =>
          `import { ${exports.map((item) => `${item} as m${index}_${item}`).join(', ')} } from ${JSON.stringify(specifierOf(root, name))};`,
      );
      const modules = entries.map(
        ([name, exports], index) =>
          `${JSON.stringify(name)}: { ${exports.map((item) => `${item}: m${index}_${item}`).join(', ')} }`,
      );
      return [
        ...imports,
        `import { shareModules } from ${JSON.stringify(path.join(root, 'lib/background/parts/registry'))};`,
        `export function shareStartupModules() { shareModules({ ${modules.join(', ')} }); }`,
      ].join('\n');
    },
    generateBundle(_options, output) {
      if (isBackground) recordModules('background', output);
    },
  };
}

/** A part's side: every shared module becomes a read of the registry the start-up script filled. */
function partExternals(root: string, part: string): Plugin {
  const byResolvedId = new Map<string, string>();
  return {
    name: 'background-part-externals',
    enforce: 'pre',
    async buildStart() {
      const importer = path.join(root, 'entrypoints/background.ts');
      for (const name of Object.keys(SHARED_MODULES)) {
        const resolved = await this.resolve(specifierOf(root, name), importer, { skipSelf: true });
        if (!resolved) throw new Error(`background parts: cannot resolve the shared module ${name}`);
        byResolvedId.set(resolved.id, name);
      }
    },
    async resolveId(source, importer, options) {
      if (!importer || source.startsWith('\0')) return null;
      const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
      const shared = resolved && byResolvedId.get(resolved.id);
      return shared ? `${SHARED_PREFIX}${shared}` : resolved;
    },
    load(id) {
      if (!id.startsWith(SHARED_PREFIX)) return null;
      const name = id.slice(SHARED_PREFIX.length);
      const exports = SHARED_MODULES[name] ?? [];
      return [
        `const shared = globalThis[${JSON.stringify(REGISTRY_KEY)}].modules[${JSON.stringify(name)}];`,
        ...exports.map((item) => `export const ${item} = shared.${item};`),
      ].join('\n');
    },
    generateBundle(_options, output) {
      recordModules(part, output);
    },
  };
}

const PART_SUFFIX = '-part';

/** WXT's hook for each group's build: a part's build gets its externals. */
export function extendPartBuild(root: string) {
  return (entrypoints: readonly Entrypoint[], config: InlineConfig) => {
    const [entrypoint] = entrypoints;
    if (entrypoints.length !== 1 || entrypoint?.type !== 'unlisted-script') return;
    if (!entrypoint.name.endsWith(PART_SUFFIX)) return;
    config.plugins ??= [];
    config.plugins.unshift(partExternals(root, entrypoint.name));
  };
}

/**
 * What is wrong with the bundles a build made (bundle name → its modules): a module held by two of them
 * (its state would be held twice), and a part built but not in BACKGROUND_PARTS (Chromium's worker would
 * not import it at install, so could never load it) or listed there but not built.
 */
export function partBuildProblems(
  bundles: ReadonlyMap<string, readonly string[]>,
  parts: readonly string[] = BACKGROUND_PARTS,
): string[] {
  const holders = new Map<string, string[]>();
  for (const [bundle, ids] of bundles) {
    for (const id of ids) holders.set(id, [...(holders.get(id) ?? []), bundle]);
  }
  const twice = [...holders]
    .filter(([, held]) => held.length > 1)
    .map(([id, held]) => `${id} is in ${held.join(' and ')}: share it (shared-modules.ts)`);
  const built = [...bundles.keys()].filter((bundle) => bundle !== 'background');
  const listed = parts.map((name) => `${name}${PART_SUFFIX}`);
  const unlisted = built
    .filter((bundle) => !listed.includes(bundle))
    .map((bundle) => `${bundle} is built but not in BACKGROUND_PARTS: the worker would never import it`);
  const unbuilt = listed
    .filter((bundle) => !built.includes(bundle))
    .map((bundle) => `${bundle} is in BACKGROUND_PARTS but was not built (entrypoints/${bundle}.ts)`);
  return [...twice, ...unlisted, ...unbuilt];
}

/** After the build (WXT's `build:done`): fails it on any of partBuildProblems. */
export function checkBackgroundParts(): void {
  const bundles = new Map(bundleModules);
  bundleModules.clear();
  // A build that made no background (none here) has nothing to check.
  if (!bundles.has('background')) return;
  const problems = partBuildProblems(bundles);
  if (problems.length > 0) throw new Error(`background parts:\n  ${problems.join('\n  ')}`);
}
