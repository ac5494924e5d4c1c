/**
 * Loads a part of the background on first use and hands out its exports (docs/architecture.md,
 * "Loading code on demand"). A part asked twice, or asked again while it loads, runs once; one that
 * fails to load answers a SimklError('internal') to the handler that asked, and is tried again on the
 * next ask (a file the browser could not read at one moment may be read the next).
 */
import { SimklError } from '../../errors';
import { type PartRegistry, partRegistry } from './registry';

/** Runs a part's script; resolves once it ran (the worker's importScripts, or a document's script element). */
export type PartFileLoader = (file: string) => Promise<void>;

/** Where each part's script is in the package: a root file, like every WXT unlisted script. */
export const partFile = (name: string) => `/${name}-part.js`;

export type PartLoader = <T>(name: string) => Promise<T>;

export function createPartLoader(
  loadFile: PartFileLoader,
  registry: PartRegistry = partRegistry(),
): PartLoader {
  const loading = new Map<string, Promise<unknown>>();
  const load = async (name: string) => {
    try {
      // Already run in this background's life (imported at install, or asked before).
      if (!(name in registry.parts)) await loadFile(partFile(name));
    } catch (error) {
      throw new SimklError(
        'internal',
        `The background's part "${name}" could not be loaded: ${String(error)}`,
      );
    }
    if (!(name in registry.parts))
      throw new SimklError('internal', `The background's part "${name}" ran without registering itself.`);
    return registry.parts[name];
  };
  return <T>(name: string) => {
    let pending = loading.get(name);
    if (!pending) {
      pending = load(name);
      loading.set(name, pending);
      // A failure is answered once, not kept: the next ask tries again.
      pending.catch(() => loading.delete(name));
    }
    return pending as Promise<T>;
  };
}

type AsyncMethods<T> = {
  [K in keyof T]: T[K] extends (...args: infer A) => Promise<infer R> ? (...args: A) => Promise<R> : never;
};

/**
 * An object whose methods are another's, made on first call: what the start-up script hands to its
 * listeners and handlers in place of a service that lives in a part.
 */
export function lazyMethods<T extends object>(
  make: () => Promise<T>,
  names: ReadonlyArray<keyof T & string>,
): AsyncMethods<T> {
  let made: Promise<T> | undefined;
  const instance = () => {
    made ??= make();
    // A part that failed to load is asked again on the next call.
    made.catch(() => {
      made = undefined;
    });
    return made;
  };
  const methods: Record<string, (...args: unknown[]) => Promise<unknown>> = {};
  for (const name of names) {
    methods[name] = async (...args) => {
      const target = (await instance()) as Record<string, (...args: unknown[]) => Promise<unknown>>;
      return target[name]?.(...args);
    };
  }
  return methods as AsyncMethods<T>;
}
