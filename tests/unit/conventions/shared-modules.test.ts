/**
 * Unit files share their modules (vitest.config.ts, `isolate: false`; docs/architecture.md, Tests): a
 * `vi.mock` of a module another file already loaded is not honoured, so whether it works would depend on
 * the order files run in. Tests replace the fake browser's methods or pass dependencies instead.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { expect, it } from 'vitest';

const UNIT_DIR = join(process.cwd(), 'tests', 'unit');

function testFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return testFiles(path);
    return /\.test\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

it('no unit test mocks a module', () => {
  const files = testFiles(UNIT_DIR);
  expect(files.length).toBeGreaterThan(100);
  const mocking = files
    .filter((file) => /\bvi\.(mock|doMock)\(/.test(readFileSync(file, 'utf8')))
    .map((file) => relative(UNIT_DIR, file));
  expect(mocking).toEqual([]);
});
