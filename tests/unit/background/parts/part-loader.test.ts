import { describe, expect, it, vi } from 'vitest';
import { createPartLoader, lazyMethods, partFile } from '../../../../lib/background/parts/part-loader';
import { type PartRegistry, registerPart } from '../../../../lib/background/parts/registry';
import { SimklError } from '../../../../lib/errors';

/** A background scope of its own, so the tests never touch the real global's registry. */
function setup(behaviour: (file: string, scope: object) => void = () => undefined) {
  const scope = {};
  const registry: PartRegistry = { modules: {}, parts: {} };
  (scope as Record<string, unknown>).__simklBackgroundParts = registry;
  const loadFile = vi.fn(async (file: string) => behaviour(file, scope));
  return { scope, registry, loadFile, loadPart: createPartLoader(loadFile, registry) };
}

/** A part's script as the build makes it: running it registers its exports. */
const registersItself = (exports: unknown) => (file: string, scope: object) => {
  registerPart(file.replace(/^\/|-part\.js$/g, ''), exports, scope);
};

describe('the loader of the background parts', () => {
  it('runs a part asked twice, and twice at once, only once', async () => {
    const exports = { hello: () => 'hi' };
    const { loadPart, loadFile } = setup(registersItself(exports));
    const [first, second] = await Promise.all([loadPart('import'), loadPart('import')]);
    expect(await loadPart('import')).toBe(exports);
    expect(first).toBe(exports);
    expect(second).toBe(exports);
    expect(loadFile).toHaveBeenCalledTimes(1);
    expect(loadFile).toHaveBeenCalledWith(partFile('import'));
    expect(partFile('import')).toBe('/import-part.js');
  });

  it('does not run again a part that ran while the worker installed', async () => {
    const { loadPart, loadFile, registry } = setup();
    const exports = { ran: true };
    registry.parts.import = exports;
    expect(await loadPart('import')).toBe(exports);
    expect(loadFile).not.toHaveBeenCalled();
  });

  it('answers a part that failed to load with an internal SimklError, and tries again on the next ask', async () => {
    let fails = true;
    const { loadPart, loadFile } = setup((file, scope) => {
      if (fails) throw new Error(`${file} is missing`);
      registersItself({ ok: 1 })(file, scope);
    });
    const failure = await loadPart('import').catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(SimklError);
    expect((failure as SimklError).kind).toBe('internal');
    fails = false;
    expect(await loadPart('import')).toEqual({ ok: 1 });
    expect(loadFile).toHaveBeenCalledTimes(2);
  });

  it('refuses a part that ran without registering itself', async () => {
    const { loadPart } = setup();
    await expect(loadPart('import')).rejects.toMatchObject({ kind: 'internal' });
  });
});

describe('a service made from a part on first call', () => {
  it('makes the service once, on the first call, and passes the calls through', async () => {
    const make = vi.fn(async () => ({ twice: async (n: number) => n * 2, name: async () => 'x' }));
    const service = lazyMethods(make, ['twice', 'name']);
    expect(make).not.toHaveBeenCalled();
    expect(await service.twice(2)).toBe(4);
    expect(await service.name()).toBe('x');
    expect(make).toHaveBeenCalledTimes(1);
  });

  it('rejects the call (for the handler to answer its usual error) and makes it again on the next', async () => {
    const make = vi
      .fn<() => Promise<{ twice: (n: number) => Promise<number> }>>()
      .mockRejectedValueOnce(new SimklError('internal', 'no part'))
      .mockResolvedValueOnce({ twice: async (n) => n * 2 });
    const service = lazyMethods(make, ['twice']);
    await expect(service.twice(1)).rejects.toMatchObject({ kind: 'internal' });
    expect(await service.twice(3)).toBe(6);
  });
});
