/**
 * The worker's registry of what its parts share (docs/architecture.md, "Loading code on demand"): the
 * start-up script puts the modules the parts import on it (one instance of each: the outbox, the session,
 * the rate limiter, the mirror are never copied), and each part, once run, puts its exports there. It
 * lives on the background's global, which no page and no content script can reach.
 */

/** The global's property; the parts' build reads the shared modules from it (scripts/lib/background-parts.ts). */
export const REGISTRY_KEY = '__simklBackgroundParts';

export interface PartRegistry {
  /** The start-up script's modules by name (`lib/errors`, `wxt/browser`…), with the exports parts use. */
  modules: Record<string, Record<string, unknown>>;
  /** Each part's exports, once it ran. */
  parts: Record<string, unknown>;
}

type RegistryHolder = { [REGISTRY_KEY]?: PartRegistry };

/** The registry of this background, made on first use. */
export function partRegistry(scope: object = globalThis): PartRegistry {
  const holder = scope as RegistryHolder;
  holder[REGISTRY_KEY] ??= { modules: {}, parts: {} };
  return holder[REGISTRY_KEY];
}

/** A part's script calls this once it ran: its exports become what the loader answers. */
export function registerPart(name: string, exports: unknown, scope: object = globalThis): void {
  partRegistry(scope).parts[name] = exports;
}

/** The start-up script's modules the parts import, put there before any part runs. */
export function shareModules(modules: PartRegistry['modules'], scope: object = globalThis): void {
  Object.assign(partRegistry(scope).modules, modules);
}
