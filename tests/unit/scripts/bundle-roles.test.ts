import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { bundleFiles } from '../../../scripts/lib/bundle-roles';

/** A built extension in miniature: which page loads which chunk is all that matters here. */
const FILES: Record<string, string> = {
  'manifest.json': JSON.stringify({ manifest_version: 3, background: { service_worker: 'background.js' } }),
  'background.js': 'console.log("worker")',
  'import-part.js': '(function(){})()',
  'content-scripts/imdb.js': '(()=>{})()',
  'part-menu.js': 'var partMenu=(()=>{})()',
  'popup.html': '<script type="module" crossorigin src="/chunks/popup-1.js"></script>',
  'options.html': '<script type="module" crossorigin src="/chunks/options-1.js"></script>',
  'chunks/popup-1.js': 'import{a}from"./shared-1.js";const l=()=>import("./lazy-1.js");',
  'chunks/options-1.js': 'import{a}from"./shared-1.js";',
  'chunks/shared-1.js': 'export const a=1;',
  'chunks/lazy-1.js': 'export const b=2;',
};

describe('bundleFiles', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bundle-roles-'));
  for (const [file, text] of Object.entries(FILES)) {
    fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    fs.writeFileSync(path.join(dir, file), text);
  }
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('names what each JS file is for, from the manifest and the pages', () => {
    expect(bundleFiles(dir)).toEqual([
      { file: 'background.js', role: 'background' },
      { file: 'chunks/lazy-1.js', role: 'lazy chunk' },
      { file: 'chunks/options-1.js', role: 'first load of options.html' },
      { file: 'chunks/popup-1.js', role: 'first load of popup.html' },
      { file: 'chunks/shared-1.js', role: 'first load of popup.html and options.html' },
      { file: 'content-scripts/imdb.js', role: 'content script' },
      { file: 'import-part.js', role: 'background part' },
      { file: 'part-menu.js', role: 'content script part' },
    ]);
  });
});
