import { describe, expect, it } from 'vitest';
import { waitFor } from '../../../lib/page/control/wait-for';
import { nextMenuIndex } from '../../../lib/page/ui/menu-keys';
import { pageTheme, parseColor } from '../../../lib/page/ui/page-theme';
import { isRevisionChange } from '../../../lib/page/ui/revision';
import { mediaFromSearchResult } from '../../../lib/popup/search-media';

describe('nextMenuIndex', () => {
  it.each([
    ['ArrowDown', 0, 3, 1],
    ['ArrowDown', 2, 3, 0],
    ['ArrowUp', 0, 3, 2],
    ['ArrowRight', 1, 3, 2],
    ['ArrowLeft', 1, 3, 0],
    ['Home', 2, 3, 0],
    ['End', 0, 3, 2],
    ['ArrowDown', -1, 3, 0],
    ['a', 1, 3, undefined],
    ['ArrowDown', 0, 0, undefined],
  ] as const)('%s from %i of %i → %s', (key, current, count, next) => {
    expect(nextMenuIndex(key, current, count)).toBe(next);
  });
});

describe('page theme', () => {
  it('parses computed colours', () => {
    expect(parseColor('rgb(28, 32, 38)')).toEqual([28, 32, 38]);
    expect(parseColor('rgba(0, 0, 0, 0)')).toEqual([0, 0, 0, 0]);
    expect(parseColor('transparent')).toBeUndefined();
  });

  it('follows the first opaque background behind the control', () => {
    document.body.innerHTML =
      '<div id="hero" style="background-color: rgb(18, 18, 18)"><p><span id="in"></span></p></div><div id="light" style="background-color: rgb(250, 250, 250)"><span id="in2"></span></div>';
    expect(pageTheme(document.getElementById('in')!)).toBe('dark');
    expect(pageTheme(document.getElementById('in2')!)).toBe('light');
  });
});

describe('isRevisionChange', () => {
  it('reacts to the revision keys in storage.local only', () => {
    expect(isRevisionChange({ libraryRevision: { newValue: 2 } }, 'local')).toBe(true);
    expect(isRevisionChange({ accountRevision: { newValue: 2 } }, 'local')).toBe(true);
    expect(isRevisionChange({ settings: {} }, 'local')).toBe(false);
    expect(isRevisionChange({ libraryRevision: {} }, 'sync')).toBe(false);
  });
});

describe('mediaFromSearchResult', () => {
  it('carries the Simkl id and a site whose rules fit the type', () => {
    expect(mediaFromSearchResult({ simkl: 1, type: 'anime', title: 'Ao no Hako', year: 2024 })).toEqual({
      site: 'mal',
      kind: 'anime',
      ids: { simkl: 1 },
      title: 'Ao no Hako',
      year: 2024,
    });
    expect(mediaFromSearchResult({ simkl: 2, type: 'movie', title: 'Heat' }).kind).toBe('movie');
  });
});

describe('waitFor', () => {
  it('resolves when the DOM changes to match, and gives up after the timeout', async () => {
    document.body.innerHTML = '';
    const signal = new AbortController().signal;
    const found = waitFor(() => document.querySelector('#late'), { root: document, timeoutMs: 1000, signal });
    setTimeout(() => document.body.insertAdjacentHTML('beforeend', '<i id="late"></i>'), 5);
    expect((await found)?.id).toBe('late');
    expect(
      await waitFor(() => document.querySelector('#never'), { root: document, timeoutMs: 20, signal }),
    ).toBeUndefined();
  });

  it('stops at once when the page is left', async () => {
    const controller = new AbortController();
    const pending = waitFor(() => false, { root: document, timeoutMs: 60_000, signal: controller.signal });
    controller.abort();
    expect(await pending).toBeUndefined();
  });
});
