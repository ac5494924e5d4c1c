/**
 * Bundle sizes as a user's browser pays for them: each file gzipped at level 9 on its own, and the set
 * of files a page actually loads (the HTML's scripts plus their static imports, not lazy chunks).
 */
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';

export function gzipSize(file) {
  return zlib.gzipSync(fs.readFileSync(file), { level: 9 }).length;
}

export function rawSize(file) {
  return fs.statSync(file).size;
}

/** Every file under `dir`, relative paths, sorted. */
export function listFiles(dir) {
  return fs
    .readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)))
    .sort();
}

/** content-scripts/<name>.js with its <name>.css, keyed by name. */
export function contentScripts(extensionDir) {
  const dir = path.join(extensionDir, 'content-scripts');
  if (!fs.existsSync(dir)) return {};
  const groups = {};
  for (const name of fs.readdirSync(dir).sort()) {
    const match = /^(.*)\.(js|css)$/.exec(name);
    if (!match) continue;
    groups[match[1]] ??= [];
    groups[match[1]].push(path.join(dir, name));
  }
  return groups;
}

const HTML_REFERENCE = /<(?:script[^>]*\ssrc|link[^>]*rel="modulepreload"[^>]*\shref)="([^"]+\.js)"/g;
const STATIC_IMPORT = /(?:\bfrom|\bimport)\s*["']([^"']+\.js)["']/g;

/**
 * The files that `references` (written in `referrer`) name, and everything they import statically,
 * transitively: what loads before anything runs. Lazy `import()` chunks are left out.
 */
function withStaticImports(extensionDir, referrer, references) {
  const seen = new Set();
  const resolve = (from, reference) =>
    reference.startsWith('/')
      ? path.resolve(extensionDir, reference.slice(1))
      : path.resolve(path.dirname(from), reference);
  const visit = (file) => {
    if (seen.has(file) || !fs.existsSync(file)) return;
    seen.add(file);
    for (const [, reference] of fs.readFileSync(file, 'utf8').matchAll(STATIC_IMPORT)) {
      visit(resolve(file, reference));
    }
  };
  for (const reference of references) visit(resolve(referrer, reference));
  return [...seen].sort();
}

/**
 * The content scripts' parts, by name: `part-<name>.js` at the package's root, which the worker puts
 * into a script's isolated world on demand (docs/architecture.md, Loading code on demand).
 */
export function contentScriptParts(extensionDir) {
  if (!fs.existsSync(extensionDir)) return {};
  return Object.fromEntries(
    fs
      .readdirSync(extensionDir)
      .filter((name) => /^part-[a-z-]+\.js$/.test(name))
      .map((name) => [name.replace(/^part-|\.js$/g, ''), path.join(extensionDir, name)]),
  );
}

/** The JS files `page` (e.g. popup.html) loads before it can render: its scripts and their imports. */
export function pageScripts(extensionDir, page) {
  const htmlPath = path.join(extensionDir, page);
  if (!fs.existsSync(htmlPath)) return [];
  const references = [...fs.readFileSync(htmlPath, 'utf8').matchAll(HTML_REFERENCE)].map(([, ref]) => ref);
  return withStaticImports(extensionDir, htmlPath, references);
}

/**
 * The JS of `page`'s first load that its HTML does not name itself (as a script or a modulepreload):
 * each such file is asked for only once the file importing it has arrived, one round trip later.
 */
export function filesNotNamedInPage(extensionDir, page) {
  const htmlPath = path.join(extensionDir, page);
  if (!fs.existsSync(htmlPath)) return [];
  const named = new Set(
    [...fs.readFileSync(htmlPath, 'utf8').matchAll(HTML_REFERENCE)].map(([, ref]) =>
      ref.startsWith('/') ? path.resolve(extensionDir, ref.slice(1)) : path.resolve(extensionDir, ref),
    ),
  );
  return pageScripts(extensionDir, page).filter((file) => !named.has(file));
}

/** The background's JS, from the manifest: MV3's service worker or MV2's scripts, with their imports. */
export function backgroundScripts(extensionDir) {
  const manifestPath = path.join(extensionDir, 'manifest.json');
  if (!fs.existsSync(manifestPath)) return [];
  const { background = {} } = JSON.parse(fs.readFileSync(manifestPath, 'utf8'));
  const entries = background.service_worker ? [background.service_worker] : (background.scripts ?? []);
  return withStaticImports(extensionDir, manifestPath, entries);
}

export function kb(bytes) {
  return `${(bytes / 1024).toFixed(1)} KB`;
}
