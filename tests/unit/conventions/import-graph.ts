/** The project's own import graph, read from the sources: which file imports which. */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

const ROOT = process.cwd();
const SOURCE = /\.(ts|tsx)$/;

/** Every .ts/.tsx file under `dir`, as paths relative to the project root with `/` separators. */
export function sourceFiles(dir: string): string[] {
  return readdirSync(join(ROOT, dir), { recursive: true, encoding: 'utf8' })
    .filter((name) => SOURCE.test(name))
    .map((name) => join(dir, name).split('\\').join('/'));
}

/** The specifiers of static imports, re-exports and dynamic imports (type-only ones included). */
export function importSpecifiers(text: string): string[] {
  const pattern = /(?:\bfrom\s*|\bimport\s*\(\s*|^\s*import\s+)['"]([^'"]+)['"]/gm;
  return Array.from(text.matchAll(pattern), (match) => match[1] as string);
}

/** A relative specifier resolved to a root-relative path; bare (package) specifiers stay as they are. */
export function resolveSpecifier(fromFile: string, specifier: string): string {
  if (!specifier.startsWith('.')) return specifier;
  return relative(ROOT, resolve(ROOT, dirname(fromFile), specifier))
    .split('\\')
    .join('/');
}

/** Root-relative targets of one file's project-internal imports. */
export function importsOf(file: string, text = readFileSync(join(ROOT, file), 'utf8')): string[] {
  return importSpecifiers(text)
    .filter((specifier) => specifier.startsWith('.'))
    .map((specifier) => resolveSpecifier(file, specifier));
}
