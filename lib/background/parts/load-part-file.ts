/**
 * How a part's script is run (docs/architecture.md, "Loading code on demand"). Chromium's background is
 * a service worker: importScripts, synchronous, of a file the worker imported while installing (it may
 * import no other after start-up, and no module at all). Firefox's is a document: a script element of
 * the package's own file, which needs no web-accessible resource.
 */
import { type PartFileLoader, partFile } from './part-loader';

interface BackgroundScope {
  importScripts?: (...urls: string[]) => void;
  document?: Document;
  addEventListener?: (type: string, listener: () => void) => void;
}

function scriptElementLoader(doc: Document): PartFileLoader {
  return (file) =>
    new Promise<void>((resolve, reject) => {
      const script = doc.createElement('script');
      script.src = file;
      script.onload = () => {
        script.remove();
        resolve();
      };
      script.onerror = () => {
        script.remove();
        reject(new Error(`${file} did not load`));
      };
      doc.head.append(script);
    });
}

export function partFileLoader(scope: BackgroundScope = globalThis as BackgroundScope): PartFileLoader {
  const { importScripts, document } = scope;
  if (typeof importScripts === 'function') return async (file) => importScripts.call(scope, file);
  if (document) return scriptElementLoader(document);
  return async (file) => {
    throw new Error(`no way to load ${file} here`);
  };
}

/**
 * Chromium: the worker imports every part while installing (each only registers itself), so it may
 * import them again at any later wake. A new version installs anew and so imports its own parts; a
 * part that fails here is only missing later, never the worker's install.
 */
export function importPartsAtInstall(
  names: readonly string[],
  scope: BackgroundScope = globalThis as BackgroundScope,
): void {
  const { importScripts, addEventListener } = scope;
  if (typeof importScripts !== 'function' || typeof addEventListener !== 'function') return;
  addEventListener.call(scope, 'install', () => {
    for (const name of names) {
      try {
        importScripts.call(scope, partFile(name));
      } catch {
        // Answered when the part is asked for (part-loader.ts), as an error of that handler.
      }
    }
  });
}
