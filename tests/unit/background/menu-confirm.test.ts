import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createMenuClickHandler } from '../../../lib/background/context-menu/context-menu-click';
import { createMenuConfirmHandlers } from '../../../lib/background/context-menu/menu-confirm-handlers';
import {
  createPendingMenuActions,
  type SessionArea,
} from '../../../lib/background/context-menu/pending-menu-actions';
import type { ItemHandlers } from '../../../lib/background/intents/handler-types';
import { createRouter } from '../../../lib/background/intents/router';
import type { SenderInfo } from '../../../lib/background/intents/sender';
import { createItemHandlers } from '../../../lib/background/items/item-handlers';
import { SimklError } from '../../../lib/errors';
import { PROTOCOL_TAG } from '../../../lib/messaging';
import { freshIndexedDb, MATRIX } from '../library/fixtures';
import { createHarness, type Harness } from '../outbox/harness';

const MATRIX_LINK = 'https://www.imdb.com/title/tt0133093/';
/** A title id Simkl's catalogue (the fake's) does not hold. */
const UNKNOWN_LINK = 'https://www.imdb.com/title/tt9999999/';
const rules = { extensionId: 'our-extension-id', extensionOrigin: 'chrome-extension://our-extension-id' };
const confirmPage: SenderInfo = {
  id: rules.extensionId,
  url: 'chrome-extension://our-extension-id/confirm.html?id=x',
  tab: { id: 3 },
};
const popup: SenderInfo = { id: rules.extensionId, url: 'chrome-extension://our-extension-id/popup.html' };
const imdbTab: SenderInfo = { id: rules.extensionId, url: MATRIX_LINK, tab: { id: 7 } };

let h: Harness;
let handlers: ItemHandlers;
let windows: string[];
let click: ReturnType<typeof createMenuClickHandler>;
let route: ReturnType<typeof createRouter>;

beforeEach(() => {
  freshIndexedDb();
  fakeBrowser.reset();
  h = createHarness();
  handlers = createItemHandlers({ ...h, isSignedIn: () => true });
  windows = [];
  const pending = createPendingMenuActions({ area: fakeBrowser.storage.session as SessionArea });
  click = createMenuClickHandler({
    handlers,
    resolver: h.resolver,
    pending,
    openConfirm: async (id) => windows.push(id),
    openTab: async () => undefined,
  });
  route = createRouter({ ...handlers, ...createMenuConfirmHandlers({ handlers, pending }) }, rules);
});

const queued = async () => (await h.outbox.pending()).writes.map((write) => write.label);
const send = (intent: string, id: string | undefined, sender: SenderInfo) =>
  route({ protocol: PROTOCOL_TAG, intent, data: { id } }, sender);

describe('the confirm window’s intents', () => {
  it('are refused to a content script, and to our other pages: nothing written, the action kept', async () => {
    await click({ menuItemId: 'simkl-completed', linkUrl: MATRIX_LINK });
    for (const sender of [imdbTab, popup]) {
      const answer = await send('menuConfirm', windows[0], sender);
      expect(answer).toMatchObject({ ok: false });
      expect(await send('menuAction', windows[0], sender)).toMatchObject({ ok: false });
    }
    expect(await queued()).toEqual([]);
    expect(await send('menuConfirm', windows[0], confirmPage)).toEqual({ ok: true, value: { done: true } });
    expect(await queued()).toEqual(['The Matrix (1999): Completed']);
  });

  it('say "no match" when Simkl does not know the title, and offer nothing to write', async () => {
    await click({ menuItemId: 'simkl-completed', linkUrl: UNKNOWN_LINK });
    // No `error`: Simkl answered, and knows no such title.
    expect(await send('menuAction', windows[0], confirmPage)).toMatchObject({
      ok: true,
      value: { match: { found: false } },
    });
    expect(await send('menuAction', windows[0], confirmPage)).not.toHaveProperty('value.match.error');
    expect(await send('menuConfirm', windows[0], confirmPage)).toEqual({
      ok: true,
      value: { done: false, reason: 'changed' },
    });
    expect(await queued()).toEqual([]);
  });

  it('say that Simkl could not be asked when the lookup fails, which is not "no match"', async () => {
    h.simkl.fail('searchById', new SimklError('offline', 'offline'), { times: 2 });
    await click({ menuItemId: 'simkl-completed', linkUrl: MATRIX_LINK });
    expect(await send('menuAction', windows[0], confirmPage)).toMatchObject({
      ok: true,
      value: { match: { found: false, error: { kind: 'offline' } } },
    });
    expect(await send('menuConfirm', windows[0], confirmPage)).toMatchObject({ value: { done: false } });
    expect(await queued()).toEqual([]);
  });

  it('write nothing when the link resolves to another title by the time of Confirm', async () => {
    await click({ menuItemId: 'simkl-completed', linkUrl: MATRIX_LINK });
    const moved = createMenuConfirmHandlers({
      handlers: {
        ...handlers,
        status: async (request, context) => ({ ...(await handlers.status(request, context)), simkl: 1 }),
      },
      pending: createPendingMenuActions({ area: fakeBrowser.storage.session as SessionArea }),
    });
    const context = { from: 'page' as const, url: confirmPage.url };
    expect(await moved.menuConfirm({ id: windows[0] ?? '' }, context)).toEqual({
      done: false,
      reason: 'changed',
    });
    expect(MATRIX.ids.simkl).not.toBe(1);
    expect(await queued()).toEqual([]);
  });

  it('refuse an id that is not one of ours', async () => {
    expect(await send('menuConfirm', 'not-an-id', confirmPage)).toMatchObject({ ok: false });
    expect(await send('menuConfirm', '00000000-0000-4000-8000-000000000000', confirmPage)).toEqual({
      ok: true,
      value: { done: false, reason: 'expired' },
    });
  });
});
