/**
 * A content script's rarely used code, asked for when it is about to be needed
 * (docs/architecture.md, Loading code on demand): the worker puts the part's file into this
 * script's own isolated world, the part registers its exports (part-registry.ts), and they come
 * back here. Asking again while it loads, or once it is there, loads nothing more; a failure (the
 * tab's host access withdrawn, the extension reloaded) rejects, and a later ask tries again.
 */
import { browser } from 'wxt/browser';
import { sendIntent } from '../../messaging';
import type { PartName } from '../../messaging/part-names';
import { partRegistry } from './part-registry';

export class PartUnavailable extends Error {}

/** `T`: what the part's file registers (its entrypoint says, e.g. lib/page/control/menu-part.ts). */
export function loadPart<T>(name: PartName): Promise<T> {
  const registry = partRegistry();
  const ready = registry.parts[name];
  if (ready) return Promise.resolve(ready as T);
  const { loading } = registry;
  const pending = loading.get(name);
  if (pending) return pending as Promise<T>;
  registry.browser ??= browser;
  const load = sendIntent('loadPart', { part: name }).then((answer) => {
    const exports = registry.parts[name];
    if (!answer.ok || !exports)
      throw new PartUnavailable(answer.ok ? `${name}: not registered` : answer.error.kind);
    return exports as T;
  });
  loading.set(name, load);
  // Once settled it is either in the registry or worth another try.
  void load.then(
    () => loading.delete(name),
    () => loading.delete(name),
  );
  return load;
}

/** Already here: what a render may use without waiting. */
export function loadedPart<T>(name: PartName): T | undefined {
  return partRegistry().parts[name] as T | undefined;
}
