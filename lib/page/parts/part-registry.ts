/**
 * Where a part, once run in the isolated world, leaves its exports for the script that asked
 * (load-part.ts), and where it finds that script's `browser` (part-browser.ts): one object on the
 * isolated world's global under a key only our code uses. The page never sees that global (Chrome's
 * isolated world, Firefox's content script sandbox), so nothing here is visible to it.
 */
import type { browser as extensionBrowser } from 'wxt/browser';
import type { PartName } from '../../messaging/part-names';

type Browser = typeof extensionBrowser;

export interface PartRegistry {
  /** The asking script's promise-based API, so a part carries no second polyfill of its own. */
  browser?: Browser;
  /** By part name (lib/messaging/part-names.ts): what each part's file handed over. */
  parts: Partial<Record<PartName, unknown>>;
  /** The asks on their way, by part name (load-part.ts): one message however often it is asked. */
  loading: Map<PartName, Promise<unknown>>;
}

const KEY = '__simklExtensionParts';

export function partRegistry(): PartRegistry {
  const global = globalThis as typeof globalThis & { [KEY]?: PartRegistry };
  global[KEY] ??= { parts: {}, loading: new Map() };
  return global[KEY];
}

/** Called by a part's file when it runs: its exports, for the script that asked for it. */
export function registerPart(name: PartName, exports: unknown): void {
  partRegistry().parts[name] = exports;
}
