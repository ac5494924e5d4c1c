/** The project's own import graph, read from the sources: which file imports which. */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

const ROOT = process.cwd();
const SOURCE = /\.(ts|tsx)$/;

/** A file's text; tests pass their own to prove a check can fail. */
export type Read = (file: string) => string;
const readFromDisk: Read = (file) => readFileSync(join(ROOT, file), 'utf8');

/** Every .ts/.tsx file under `dir`, as paths relative to the project root with `/` separators. */
export function sourceFiles(dir: string): string[] {
  return readdirSync(join(ROOT, dir), { recursive: true, encoding: 'utf8' })
    .filter((name) => SOURCE.test(name))
    .map((name) => join(dir, name).split('\\').join('/'));
}

const IMPORT = /(?:\bfrom\s*|\bimport\s*\(\s*|^\s*import\s+)['"]([^'"]+)['"]/gm;

/** The specifiers of static imports, re-exports and dynamic imports (type-only ones included). */
export function importSpecifiers(text: string): string[] {
  return Array.from(text.matchAll(IMPORT), (match) => match[1] as string);
}

/**
 * The specifiers of the imports that stay in a bundle: `import type`/`export type` statements and
 * statements whose every name is a `type` are erased by the compiler, so they carry no code.
 */
export function valueImportSpecifiers(text: string): string[] {
  const statements = /^\s*(import|export)\s+(type\s+)?(\{[^}]*\}|[^'"{;]*?)\s*(?:from\s*)?['"]([^'"]+)['"]/gm;
  const dynamic = Array.from(
    text.matchAll(/\bimport\s*\(\s*['"]([^'"]+)['"]/g),
    (match) => match[1] as string,
  );
  const statics = Array.from(text.matchAll(statements))
    .filter(([, , typeOnly, names]) => {
      if (typeOnly) return false;
      const list = /^\{([^}]*)\}$/.exec(names?.trim() ?? '')?.[1];
      if (list === undefined) return true;
      const parts = list
        .split(',')
        .map((part) => part.trim())
        .filter(Boolean);
      return parts.length === 0 || parts.some((part) => !part.startsWith('type '));
    })
    .map((match) => match[4] as string);
  return [...statics, ...dynamic];
}

/**
 * A relative specifier resolved to a root-relative path: the file it names when one exists (on disk
 * or among `known`), else the bare path; package specifiers stay as they are.
 */
export function resolveSpecifier(fromFile: string, specifier: string, known?: ReadonlySet<string>): string {
  if (!specifier.startsWith('.')) return specifier;
  const base = relative(ROOT, resolve(ROOT, dirname(fromFile), specifier))
    .split('\\')
    .join('/');
  const candidates = [base, `${base}.ts`, `${base}.tsx`, `${base}/index.ts`, `${base}/index.tsx`];
  const exists = (path: string) =>
    known?.has(path) || (existsSync(join(ROOT, path)) && statSync(join(ROOT, path)).isFile());
  return candidates.find(exists) ?? base;
}

/** Root-relative targets of one file's project-internal imports. */
export function importsOf(file: string, read: Read = readFromDisk, known?: ReadonlySet<string>): string[] {
  return importSpecifiers(read(file))
    .filter((specifier) => specifier.startsWith('.'))
    .map((specifier) => resolveSpecifier(file, specifier, known));
}

/** The room a file lives in: a folder of lib/ (a feature folder in lib/background and lib/page). */
export function roomOf(file: string): string {
  // The player adapters' contract is a room of its own, below the sites that implement it.
  if (file === 'lib/player/adapter.ts') return 'lib/player/adapter';
  const parts = file.split('/');
  if (parts[0] !== 'lib') return parts[0] as string;
  const featured = parts[1] === 'background' || parts[1] === 'page';
  if (featured && parts.length > 3) return parts.slice(0, 3).join('/');
  return parts.slice(0, 2).join('/').replace(SOURCE, '');
}

/**
 * The circles of the graph whose nodes are `nodeOf(file)`: each strongly connected group of two or
 * more nodes, its members sorted (Tarjan's algorithm). A node's edges to itself are no circle.
 */
export function cyclesOf(
  files: string[],
  nodeOf: (file: string) => string,
  read: Read = readFromDisk,
): string[][] {
  const known = new Set(files);
  const edges = new Map<string, Set<string>>();
  for (const file of files) {
    const from = nodeOf(file);
    const out = edges.get(from) ?? new Set<string>();
    edges.set(from, out);
    for (const target of importsOf(file, read, known)) {
      if (!known.has(target)) continue;
      const to = nodeOf(target);
      if (to !== from) out.add(to);
    }
  }
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const cycles: string[][] = [];
  const visit = (node: string) => {
    index.set(node, index.size);
    low.set(node, index.get(node) as number);
    stack.push(node);
    onStack.add(node);
    for (const next of edges.get(node) ?? []) {
      if (!index.has(next)) {
        visit(next);
        low.set(node, Math.min(low.get(node) as number, low.get(next) as number));
      } else if (onStack.has(next)) {
        low.set(node, Math.min(low.get(node) as number, index.get(next) as number));
      }
    }
    if (low.get(node) !== index.get(node)) return;
    const group: string[] = [];
    let member: string | undefined;
    do {
      member = stack.pop() as string;
      onStack.delete(member);
      group.push(member);
    } while (member !== node);
    if (group.length > 1) cycles.push(group.sort());
  };
  for (const node of edges.keys()) if (!index.has(node)) visit(node);
  return cycles;
}

/** Every file a file's bundle may carry: the closure of its value imports (type-only ones are erased). */
export function bundleClosure(
  entry: string,
  read: Read = readFromDisk,
  known?: ReadonlySet<string>,
): Set<string> {
  const seen = new Set<string>();
  const queue = [entry];
  while (queue.length > 0) {
    const file = queue.pop() as string;
    if (seen.has(file)) continue;
    seen.add(file);
    for (const specifier of valueImportSpecifiers(read(file))) {
      if (!specifier.startsWith('.')) continue;
      const target = resolveSpecifier(file, specifier, known);
      if (SOURCE.test(target)) queue.push(target);
    }
  }
  return seen;
}
