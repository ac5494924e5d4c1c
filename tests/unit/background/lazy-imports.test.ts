import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { IMPORT_ALARM } from '../../../lib/background/import/import-alarm';
import type { ImportPart } from '../../../lib/background/import/import-part';
import { lazyImports } from '../../../lib/background/import/lazy-imports';
import type { PartLoader } from '../../../lib/background/parts/part-loader';

function setup() {
  const resume = vi.fn(async () => undefined);
  const view = vi.fn(async () => ({ phase: 'idle' as const }));
  const createImports = vi.fn(() => ({ resume, view }));
  const loadPart = vi.fn(async () => ({ createImports }) as unknown as ImportPart) as unknown as PartLoader;
  const imports = lazyImports(loadPart, {} as Parameters<typeof lazyImports>[1]);
  return { imports, loadPart, createImports, resume, view };
}

describe('the import’s service in the start-up script', () => {
  it('loads nothing on a wake with no import under way (no import alarm)', async () => {
    const { imports, loadPart, resume } = setup();
    await imports.resumeIfUnderWay();
    expect(loadPart).not.toHaveBeenCalled();
    expect(resume).not.toHaveBeenCalled();
  });

  it('loads the part and goes on on a wake with an import under way', async () => {
    const { imports, loadPart, resume } = setup();
    await fakeBrowser.alarms.create(IMPORT_ALARM, { periodInMinutes: 1 });
    await imports.resumeIfUnderWay();
    expect(loadPart).toHaveBeenCalledWith('import');
    expect(resume).toHaveBeenCalledTimes(1);
  });

  it('makes the service once, on the first intent', async () => {
    const { imports, createImports, view } = setup();
    expect(createImports).not.toHaveBeenCalled();
    await imports.view();
    await imports.view();
    expect(createImports).toHaveBeenCalledTimes(1);
    expect(view).toHaveBeenCalledTimes(2);
  });
});
