import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
// The module WXT's content-script wrapper imports: wxt.config.ts points it at lib/page/ui/script-context.ts.
import { ContentScriptContext } from 'wxt/utils/content-script-context';

const ROOT = path.resolve(__dirname, '../../..');

/** Every `ctx.<member>` the content scripts' code uses (lib/ and entrypoints/). */
function usedMembers(): string[] {
  const used = new Set<string>();
  const visit = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const file = path.join(dir, entry.name);
      if (entry.isDirectory()) visit(file);
      else if (/\.tsx?$/.test(entry.name) && !file.includes(`${path.sep}background${path.sep}`)) {
        const source = fs.readFileSync(file, 'utf8');
        if (!source.includes('ContentScriptContext') && !file.includes('.content.')) continue;
        for (const [, member] of source.matchAll(/\bctx\.(\w+)/g)) used.add(member as string);
      }
    }
  };
  visit(path.join(ROOT, 'lib', 'page'));
  visit(path.join(ROOT, 'lib', 'messaging'));
  visit(path.join(ROOT, 'entrypoints'));
  visit(path.join(ROOT, 'tests', 'unit'));
  return [...used].sort();
}

let contexts: ContentScriptContext[] = [];
const context = (name: string) => {
  const ctx = new ContentScriptContext(name);
  contexts.push(ctx);
  return ctx;
};

afterEach(() => {
  for (const ctx of contexts) ctx.notifyInvalidated();
  contexts = [];
});

describe('the content scripts’ context', () => {
  it('posts no window message a page could read (the extension id and the script’s name)', () => {
    const posted = vi.spyOn(window, 'postMessage');
    context('imdb');
    expect(posted).not.toHaveBeenCalled();
  });

  it('stops an older copy of the same script when a newer one starts, and only that script', () => {
    const older = context('imdb');
    const other = context('imdb-badges');
    const invalidated = vi.fn();
    older.onInvalidated(invalidated);
    const newer = context('imdb');
    expect(older.isInvalid).toBe(true);
    expect(invalidated).toHaveBeenCalledOnce();
    expect(newer.isValid).toBe(true);
    expect(other.isValid).toBe(true);
  });

  it('calls back once when invalid, and not after the callback was taken back', () => {
    const ctx = context('tmdb');
    const kept = vi.fn();
    const taken = vi.fn();
    ctx.onInvalidated(kept);
    ctx.onInvalidated(taken)();
    ctx.notifyInvalidated();
    ctx.notifyInvalidated();
    expect(kept).toHaveBeenCalledOnce();
    expect(taken).not.toHaveBeenCalled();
  });

  it('has every member the content scripts use', () => {
    const members = usedMembers();
    expect(members).toContain('onInvalidated');
    const ctx = context('mal');
    for (const member of members) expect(member in ctx, `ctx.${member}`).toBe(true);
  });
});
