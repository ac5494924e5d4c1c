/**
 * A second Chrome MV3 build with source maps, into a folder of its own, so the bytes of every bundle
 * can be traced to their sources without touching `.output` or wxt.config.ts: WXT's programmatic
 * build merges this inline Vite config over the project's (`build.sourcemap: false` there).
 * The code it emits is the production code plus a `//# sourceMappingURL` comment per file;
 * `productionCode` strips that comment so sizes match `.output/chrome-mv3` byte for byte.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Logger } from 'wxt';

const SOURCE_MAPPING_COMMENT = /\n?\/\/# sourceMappingURL=[^\n]*\n?$/;

/** WXT's build log lists every file; only its warnings and errors matter here. */
const quietLogger: Logger = {
  debug: () => {},
  log: () => {},
  info: () => {},
  success: () => {},
  warn: (...args) => console.warn(...args),
  error: (...args) => console.error(...args),
  fatal: (...args) => console.error(...args),
  level: 3,
};

/** Builds chrome-mv3 with source maps under `outBaseDir`; answers the extension folder. */
export async function buildWithSourceMaps(root: string, outBaseDir: string): Promise<string> {
  const { build } = await import('wxt');
  await build({
    root,
    outDir: outBaseDir,
    browser: 'chrome',
    logger: quietLogger,
    vite: () => ({ build: { sourcemap: true } }),
  });
  const extensionDir = path.join(outBaseDir, 'chrome-mv3');
  if (!fs.existsSync(path.join(extensionDir, 'manifest.json'))) {
    throw new Error(`The analysis build left no manifest in ${extensionDir}`);
  }
  return extensionDir;
}

/** The file's code as the production build emits it (without the source-map comment). */
export function productionCode(file: string): string {
  return fs.readFileSync(file, 'utf8').replace(SOURCE_MAPPING_COMMENT, '');
}
