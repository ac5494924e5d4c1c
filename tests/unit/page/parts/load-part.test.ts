// A content script's part: asked for once however often it is wanted, handed over from the registry
// the part's file fills, and asked for again after a failure.
import { describe, expect, it } from 'vitest';
import { MENU_PART, type MenuPart } from '../../../../lib/page/control/menu-part';
import { loadedPart, loadPart, PartUnavailable } from '../../../../lib/page/parts/load-part';
import { partRegistry, registerPart } from '../../../../lib/page/parts/part-registry';
import { fail, fakeBackground } from '../helpers';

describe('loadPart', () => {
  it('asks the worker once, however often and however soon it is asked again', async () => {
    const background = fakeBackground();
    expect(loadedPart<MenuPart>('menu')).toBeUndefined();
    const [first, second] = await Promise.all([loadPart('menu'), loadPart('menu')]);
    expect(await loadPart('menu')).toBe(first);
    expect(first).toBe(MENU_PART);
    expect(second).toBe(first);
    expect(background.callsOf('loadPart')).toEqual([{ part: 'menu' }]);
    // The part finds the script's own `browser` there, rather than a polyfill of its own.
    expect(partRegistry().browser).toBeDefined();
  });

  it('rejects when the worker could not put it in, and asks again the next time', async () => {
    const background = fakeBackground({ loadPart: () => fail('internal') });
    await expect(loadPart('menu')).rejects.toBeInstanceOf(PartUnavailable);
    background.handlers.loadPart = () => {
      registerPart('menu', MENU_PART);
      return { loaded: true };
    };
    expect(await loadPart('menu')).toBe(MENU_PART);
    expect(background.callsOf('loadPart')).toHaveLength(2);
  });

  it('rejects when the worker said yes but the part never registered', async () => {
    fakeBackground({ loadPart: () => ({ loaded: true }) });
    await expect(loadPart('menu')).rejects.toBeInstanceOf(PartUnavailable);
  });
});
