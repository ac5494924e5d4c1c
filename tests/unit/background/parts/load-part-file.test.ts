import { describe, expect, it, vi } from 'vitest';
import { importPartsAtInstall, partFileLoader } from '../../../../lib/background/parts/load-part-file';

describe('how a part’s script is run', () => {
  it('in a worker: importScripts of the part’s file', async () => {
    const importScripts = vi.fn();
    await partFileLoader({ importScripts })('/import-part.js');
    expect(importScripts).toHaveBeenCalledWith('/import-part.js');
  });

  it('in a worker: a file importScripts refuses is a rejection, not a throw', async () => {
    const importScripts = vi.fn(() => {
      throw new Error('NetworkError');
    });
    await expect(partFileLoader({ importScripts })('/import-part.js')).rejects.toThrow('NetworkError');
  });

  it('in a document: a script element of the package’s file, gone once it ran or failed', async () => {
    // A document of our own: happy-dom would fetch the file itself.
    const head: Array<{ src: string; onload?: () => void; onerror?: () => void }> = [];
    const document = {
      createElement: () => {
        const script = {
          src: '',
          onload: undefined,
          onerror: undefined,
          remove: () => head.splice(head.indexOf(script), 1),
        };
        return script;
      },
      head: { append: (script: (typeof head)[number]) => head.push(script) },
    } as unknown as Document;
    const load = partFileLoader({ document });
    const loaded = load('/import-part.js');
    expect(head.map(({ src }) => src)).toEqual(['/import-part.js']);
    head[0]?.onload?.();
    await loaded;
    const failed = load('/alerts-part.js');
    head[0]?.onerror?.();
    await expect(failed).rejects.toThrow('/alerts-part.js did not load');
    expect(head).toEqual([]);
  });

  it('in a worker: imports every part while installing, and a part that fails there does not fail the install', () => {
    const listeners: Record<string, () => void> = {};
    const importScripts = vi.fn((file: string) => {
      if (file === '/broken-part.js') throw new Error('missing');
    });
    const addEventListener = (type: string, listener: () => void) => {
      listeners[type] = listener;
    };
    importPartsAtInstall(['import', 'broken', 'alerts'], { importScripts, addEventListener });
    expect(importScripts).not.toHaveBeenCalled();
    listeners.install?.();
    expect(importScripts.mock.calls).toEqual([['/import-part.js'], ['/broken-part.js'], ['/alerts-part.js']]);
  });

  it('in a document: nothing at install (Firefox loads a part when it is first asked for)', () => {
    const addEventListener = vi.fn();
    importPartsAtInstall(['import'], { document: {} as Document, addEventListener });
    expect(addEventListener).not.toHaveBeenCalled();
  });
});
