/**
 * Names for where a bundle's bytes come from: the repo-relative file of a source-map source, and the
 * top-level area it belongs to (node_modules/<package>, lib/<room>, components, entrypoints).
 */
import fs from 'node:fs';
import path from 'node:path';

export const GLUE = '(unmapped: bundler runtime, WXT wrappers)';

/**
 * Rolldown writes some maps' sources relative to the map's folder and others relative to the project
 * root, so both are tried; the one that exists on disk wins.
 */
export function repoRelativeSource(source: string, mapDir: string, root: string): string {
  for (const base of [mapDir, root]) {
    const absolute = path.resolve(base, source);
    if (absolute.startsWith(`${root}${path.sep}`) && fs.existsSync(absolute)) {
      return path.relative(root, absolute).split(path.sep).join('/');
    }
  }
  return source.replace(/^(\.\.\/)+/, '');
}

/** The area of a repo-relative file; `null` (no source) is the bundler's glue. */
export function moduleArea(file: string | null): string {
  if (file === null) return GLUE;
  const parts = file.split('/');
  const lastNodeModules = parts.lastIndexOf('node_modules');
  if (lastNodeModules !== -1) {
    const name = parts[lastNodeModules + 1] ?? '';
    const scoped = name.startsWith('@') ? `${name}/${parts[lastNodeModules + 2] ?? ''}` : name;
    return `node_modules/${scoped}`;
  }
  const [top, room, feature] = parts;
  // A site's folder, and a feature folder of the background or the pages, is an area of its own.
  const foldered = room === 'sites' || room === 'background' || room === 'page';
  if (top === 'lib' && foldered && parts.length > 3) return `lib/${room}/${feature}`;
  if (top === 'lib') return parts.length > 2 ? `lib/${room}` : 'lib (root files)';
  if (top === 'components' || top === 'entrypoints') return top;
  return top ?? file;
}
