// `loadPart`: a named part put into the sending content script's own tab and frame, nothing else.
import { describe, expect, it, vi } from 'vitest';
import { createRouter } from '../../../lib/background/intents/router';
import type { SenderInfo } from '../../../lib/background/intents/sender';
import {
  createPagePartHandlers,
  type InjectFile,
} from '../../../lib/background/page-parts/page-part-handlers';
import { PROTOCOL_TAG } from '../../../lib/messaging';

const rules = { extensionId: 'ours', extensionOrigin: 'chrome-extension://ours' };
const imdbFrame: SenderInfo = {
  id: 'ours',
  url: 'https://www.imdb.com/title/tt0133093/',
  tab: { id: 7 },
  frameId: 3,
};
const imdbTop: SenderInfo = { id: 'ours', url: 'https://www.imdb.com/title/tt0133093/', tab: { id: 7 } };
const popup: SenderInfo = { id: 'ours', url: 'chrome-extension://ours/popup.html' };
const stranger: SenderInfo = { ...imdbFrame, id: 'another' };
const message = (data: unknown) => ({ protocol: PROTOCOL_TAG, intent: 'loadPart', data });

function routed(inject: InjectFile = vi.fn(async () => [])) {
  return { inject, route: createRouter(createPagePartHandlers(inject), rules) };
}

describe('loadPart', () => {
  it("puts the named part's own file into the sender's tab and frame", async () => {
    const { inject, route } = routed();
    expect(await route(message({ part: 'menu' }), imdbFrame)).toEqual({ ok: true, value: { loaded: true } });
    expect(await route(message({ part: 'menu' }), imdbTop)).toEqual({ ok: true, value: { loaded: true } });
    expect(inject).toHaveBeenNthCalledWith(1, 7, 3, '/part-menu.js');
    expect(inject).toHaveBeenNthCalledWith(2, 7, 0, '/part-menu.js');
  });

  it('refuses a part not on the list, a file named by the sender, our own pages and strangers', async () => {
    const { inject, route } = routed();
    for (const data of [
      { part: 'background' },
      { part: '/background.js' },
      { file: '/part-menu.js' },
      {},
      null,
    ]) {
      expect(await route(message(data), imdbFrame)).toMatchObject({ ok: false, error: { kind: 'internal' } });
    }
    // A file beside a valid name is not read: the part's own file goes in.
    await route(message({ part: 'menu', file: '/background.js' }), imdbFrame);
    expect(await route(message({ part: 'menu' }), popup)).toMatchObject({ ok: false });
    expect(route(message({ part: 'menu' }), stranger)).toBeUndefined();
    expect(inject).toHaveBeenCalledTimes(1);
    expect(inject).toHaveBeenCalledWith(7, 3, '/part-menu.js');
  });

  it("gives a site's player part to that site's pages only", async () => {
    const { inject, route } = routed();
    const netflix: SenderInfo = {
      id: 'ours',
      url: 'https://www.netflix.com/watch/80100172',
      tab: { id: 9 },
      frameId: 0,
    };
    expect(await route(message({ part: 'netflix-player' }), imdbFrame)).toMatchObject({ ok: false });
    expect(await route(message({ part: 'crunchyroll-player' }), netflix)).toMatchObject({ ok: false });
    expect(await route(message({ part: 'netflix-player' }), netflix)).toEqual({
      ok: true,
      value: { loaded: true },
    });
    expect(inject).toHaveBeenCalledTimes(1);
    expect(inject).toHaveBeenCalledWith(9, 0, '/part-netflix-player.js');
  });

  it('answers an error when the part cannot be put into the page (tab gone, host access withdrawn)', async () => {
    const { route } = routed(async () => {
      throw new Error('Cannot access contents of the page');
    });
    expect(await route(message({ part: 'menu' }), imdbFrame)).toMatchObject({
      ok: false,
      error: { kind: 'internal' },
    });
  });
});
