/**
 * What each JS file of a built extension is for, from the manifest and the HTML pages: the background,
 * a part of the background it loads on demand (a root `<name>-part.js`, lib/background/parts/), a
 * content script, a content script's part (a root `part-<name>.js`, put into its isolated world on
 * demand), or a chunk that popup.html and/or options.html load on first render. Lazy chunks
 * that no page loads up front are "lazy chunk".
 */
import path from 'node:path';
import { backgroundScripts, listFiles, pageScripts } from './sizes.mjs';

export interface BundleFile {
  /** Path inside the extension folder, e.g. `content-scripts/imdb.js`. */
  file: string;
  role: string;
}

const PAGES = ['popup.html', 'options.html'];

/** A part of the background, loaded on demand: `import-part.js` (docs/architecture.md, "Loading code on demand"). */
export const isBackgroundPart = (file: string) => /^[a-z-]+-part\.js$/.test(file);

export function bundleFiles(extensionDir: string): BundleFile[] {
  const relative = (files: string[]) => files.map((file) => path.relative(extensionDir, file));
  const background = new Set(relative(backgroundScripts(extensionDir)));
  const loadedBy = PAGES.map((page) => ({ page, files: new Set(relative(pageScripts(extensionDir, page))) }));
  const roleOf = (file: string): string => {
    if (background.has(file)) return 'background';
    if (isBackgroundPart(file)) return 'background part';
    if (file.startsWith('content-scripts/')) return 'content script';
    // Put into a content script's isolated world on demand (docs/architecture.md, Loading code on demand).
    if (/^part-[a-z-]+\.js$/.test(file)) return 'content script part';
    const pages = loadedBy.filter(({ files }) => files.has(file)).map(({ page }) => page);
    return pages.length > 0 ? `first load of ${pages.join(' and ')}` : 'lazy chunk';
  };
  return listFiles(extensionDir)
    .filter((file) => file.endsWith('.js'))
    .map((file) => ({ file, role: roleOf(file) }));
}
