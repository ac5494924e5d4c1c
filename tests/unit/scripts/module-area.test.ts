import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { GLUE, moduleArea, repoRelativeSource } from '../../../scripts/lib/module-area';

describe('moduleArea', () => {
  it.each([
    ['node_modules/preact/dist/preact.mjs', 'node_modules/preact'],
    ['node_modules/@wxt-dev/storage/dist/index.mjs', 'node_modules/@wxt-dev/storage'],
    ['node_modules/wxt/node_modules/nested/index.js', 'node_modules/nested'],
    ['lib/simkl/auth/session.ts', 'lib/simkl'],
    ['lib/media.ts', 'lib (root files)'],
    ['lib/sites/netflix/list.ts', 'lib/sites/netflix'],
    ['lib/sites/url.ts', 'lib/sites'],
    ['lib/background/items/item-handlers.ts', 'lib/background/items'],
    ['lib/background/services.ts', 'lib/background'],
    ['lib/page/ui/dom.ts', 'lib/page/ui'],
    ['components/page-control.ts', 'components'],
    ['entrypoints/popup/main.tsx', 'entrypoints'],
    ['assets/icon.svg', 'assets'],
  ])('%s is in %s', (file, area) => {
    expect(moduleArea(file)).toBe(area);
  });

  it('puts text without a source under the glue', () => {
    expect(moduleArea(null)).toBe(GLUE);
  });
});

describe('repoRelativeSource', () => {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'module-area-'));
  fs.mkdirSync(path.join(root, 'lib'), { recursive: true });
  fs.writeFileSync(path.join(root, 'lib', 'media.ts'), '');
  const elsewhere = fs.mkdtempSync(path.join(os.tmpdir(), 'module-area-out-'));
  afterAll(() => {
    fs.rmSync(root, { recursive: true, force: true });
    fs.rmSync(elsewhere, { recursive: true, force: true });
  });

  it('resolves a source written relative to the map folder', () => {
    const mapDir = path.join(root, '.output', 'chrome-mv3', 'chunks');
    expect(repoRelativeSource('../../../lib/media.ts', mapDir, root)).toBe('lib/media.ts');
    const fromOutside = path.relative(elsewhere, path.join(root, 'lib', 'media.ts'));
    expect(repoRelativeSource(fromOutside, elsewhere, root)).toBe('lib/media.ts');
  });

  it('resolves a source written relative to the project root', () => {
    expect(repoRelativeSource('lib/media.ts', path.join(elsewhere, 'chunks'), root)).toBe('lib/media.ts');
  });

  it('keeps a source that exists nowhere, without its leading ../', () => {
    expect(repoRelativeSource('../../virtual/runtime.js', elsewhere, root)).toBe('virtual/runtime.js');
  });
});
