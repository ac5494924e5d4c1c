import { afterEach, describe, expect, it, vi } from 'vitest';
import { adoptBadgeStyles } from '../../../lib/page/badges/shared-styles';
import { storageSnapshot } from '../../../lib/page/badges/storage-snapshot';
import { themesOf } from '../../../lib/page/badges/themes';

afterEach(() => {
  vi.restoreAllMocks();
});

describe('storageSnapshot', () => {
  it('reads the keys it names once for the first look, then storage itself once it changed', async () => {
    const stored: Record<string, unknown> = {
      settings: { dimCompleted: true },
      titleIndexUser: { user: 7 },
      other: 1,
    };
    const pick = (keys: string[]) =>
      Object.fromEntries(keys.filter((k) => k in stored).map((k) => [k, stored[k]]));
    const get = vi.fn(async (keys: string | string[]) => pick(typeof keys === 'string' ? [keys] : keys));
    const storage = storageSnapshot({ get }, ['settings', 'titleIndexUser', 'titleIndex']);
    expect(await storage.get('settings')).toEqual({ settings: { dimCompleted: true } });
    expect(await storage.get(['titleIndexUser', 'titleIndex'])).toEqual({ titleIndexUser: { user: 7 } });
    expect(get.mock.calls).toEqual([[['settings', 'titleIndexUser', 'titleIndex']]]);
    expect(await storage.get('other')).toEqual({ other: 1 });
    stored.titleIndex = { rows: '' };
    storage.forget();
    expect(await storage.get('titleIndex')).toEqual({ titleIndex: { rows: '' } });
    expect(get.mock.calls.slice(1)).toEqual([['other'], ['titleIndex']]);
  });
});

describe('themesOf', () => {
  it("finds each link's theme as pageTheme does, reading each ancestor's style once for the whole list", () => {
    document.body.innerHTML =
      '<ul>' +
      '<li><a>1</a></li><li><a>2</a></li>'.repeat(20) +
      '</ul><div style="background: rgb(10, 10, 10)"><p><a>dark</a></p></div>';
    const links = [...document.querySelectorAll('a')];
    const read = window.getComputedStyle.bind(window);
    const reads = new Map<Element, number>();
    vi.spyOn(window, 'getComputedStyle').mockImplementation((element, pseudo) => {
      reads.set(element, (reads.get(element) ?? 0) + 1);
      return read(element, pseudo);
    });
    const themes = themesOf(links);
    expect(themes.slice(0, 40)).toEqual(Array(40).fill('light'));
    expect(themes[40]).toBe('dark');
    expect(Math.max(...reads.values())).toBe(1);
  });
});

describe('adoptBadgeStyles', () => {
  it('gives every root of a document the same constructed sheet, not a <style> each', () => {
    const roots = [1, 2, 3].map(() => document.createElement('span').attachShadow({ mode: 'closed' }));
    for (const root of roots) adoptBadgeStyles(root, document);
    const [first] = roots[0]?.adoptedStyleSheets ?? [];
    expect(first).toBeInstanceOf(CSSStyleSheet);
    expect(roots.map((root) => root.adoptedStyleSheets[0] === first)).toEqual([true, true, true]);
    expect(roots.map((root) => root.querySelectorAll('style').length)).toEqual([0, 0, 0]);
  });
});
