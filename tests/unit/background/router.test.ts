import { describe, expect, it, vi } from 'vitest';
import { createImportHandlers } from '../../../lib/background/import/import-handlers';
import type { ImportService } from '../../../lib/background/import/import-service';
import type { IntentHandlers } from '../../../lib/background/intents/handler-types';
import { createRouter, routerListener } from '../../../lib/background/intents/router';
import type { SenderInfo } from '../../../lib/background/intents/sender';
import { SimklError } from '../../../lib/errors';
import type { DetectedMedia } from '../../../lib/media';
import { type Intent, type ItemView, PROTOCOL_TAG } from '../../../lib/messaging';

const rules = { extensionId: 'our-extension-id', extensionOrigin: 'chrome-extension://our-extension-id' };
const popup: SenderInfo = { id: rules.extensionId, url: 'chrome-extension://our-extension-id/popup.html' };
const optionsTab: SenderInfo = {
  id: rules.extensionId,
  url: 'chrome-extension://our-extension-id/options.html',
  tab: { id: 4 },
};
const imdbTab: SenderInfo = {
  id: rules.extensionId,
  url: 'https://www.imdb.com/title/tt0133093/',
  tab: { id: 7 },
};
const media: DetectedMedia = {
  site: 'imdb',
  kind: 'movie',
  ids: { imdb: 'tt0133093' },
  title: 'The Matrix',
  year: 1999,
};
const view: ItemView = { signedIn: true, known: true, status: null, rating: null, pendingWrites: 0 };

function message(intent: string, data: unknown) {
  return { protocol: PROTOCOL_TAG, intent, data };
}

function setup(overrides: IntentHandlers = {}) {
  const status = vi.fn(async () => view);
  const pending = vi.fn(async () => ({ pending: 0, failed: 0, writes: [] }));
  const rate = vi.fn(async () => view);
  const handlers: IntentHandlers = { status, pending, rate, ...overrides };
  return { route: createRouter(handlers, rules), status, pending, rate };
}

describe('senders', () => {
  it('answers our popup, with any intent', async () => {
    const { route, pending } = setup();
    await expect(route(message('pending', {}), popup)).resolves.toEqual({
      ok: true,
      value: { pending: 0, failed: 0, writes: [] },
    });
    expect(pending).toHaveBeenCalledWith({}, { from: 'page', url: popup.url });
  });

  it('treats our options page in a tab as one of our pages', async () => {
    const { route } = setup();
    await expect(route(message('pending', {}), optionsTab)).resolves.toMatchObject({ ok: true });
  });

  it('accepts the origin written with a trailing slash', async () => {
    const route = createRouter(
      { pending: async () => ({ pending: 0, failed: 0, writes: [] }) },
      {
        ...rules,
        extensionOrigin: 'chrome-extension://our-extension-id/',
      },
    );
    await expect(route(message('pending', {}), popup)).resolves.toMatchObject({ ok: true });
  });

  it('answers our content script on a site, telling the handler its tab', async () => {
    const { route, status } = setup();
    await expect(route(message('status', { media }), imdbTab)).resolves.toEqual({ ok: true, value: view });
    expect(status).toHaveBeenCalledWith({ media }, { from: 'content', tabId: 7, url: imdbTab.url });
  });

  const ignored: Array<[string, SenderInfo]> = [
    ['another extension', { ...popup, id: 'someone-else' }],
    [
      'another extension’s page',
      { id: rules.extensionId, url: 'chrome-extension://someone-else/popup.html' },
    ],
    ['a web page', { id: rules.extensionId, url: 'https://evil.example/', tab: { id: 1 } }],
    [
      'a content script on a host that is not a site',
      { id: rules.extensionId, url: 'https://example.com/title/tt1/', tab: { id: 1 } },
    ],
    [
      'a look-alike host',
      { id: rules.extensionId, url: 'https://www.imdb.com.evil.example/', tab: { id: 1 } },
    ],
    ['a site over plain http', { ...imdbTab, url: 'http://www.imdb.com/title/tt0133093/' }],
    ['a site url without a tab', { id: rules.extensionId, url: imdbTab.url }],
    ['no url at all', { id: rules.extensionId }],
  ];

  it.each(ignored)('ignores %s', (_name, sender) => {
    const { route, status } = setup();
    expect(route(message('status', { media }), sender)).toBeUndefined();
    expect(status).not.toHaveBeenCalled();
  });

  it.each<Intent>([
    'pending',
    'syncNow',
    'retryWrite',
    'discardWrite',
    'discardWaiting',
    'signOut',
    'search',
    'checkin',
  ])('refuses %s from a content script', async (intent) => {
    const { route, pending } = setup();
    const answer = await route(message(intent, { id: 'x', query: 'x', type: 'movie', media }), imdbTab);
    expect(answer).toMatchObject({ ok: false, error: { kind: 'internal' } });
    expect(pending).not.toHaveBeenCalled();
  });
});

describe("Simkl's score", () => {
  it('answers the popup and refuses a content script: a page visit never asks for it', async () => {
    const score = vi.fn(async () => ({ rating: 8.4, votes: 12 }));
    const { route } = setup({ score });
    const refused = await route(message('score', { media }), imdbTab);
    expect(refused).toMatchObject({ ok: false, error: { kind: 'internal' } });
    expect(score).not.toHaveBeenCalled();
    await expect(route(message('score', { media, simkl: 53536 }), popup)).resolves.toEqual({
      ok: true,
      value: { rating: 8.4, votes: 12 },
    });
    expect(score).toHaveBeenCalledWith({ media, simkl: 53536 }, expect.objectContaining({ from: 'page' }));
  });
});

describe('a content script speaks for its own site', () => {
  const netflixTab: SenderInfo = {
    id: rules.extensionId,
    url: 'https://www.netflix.com/title/80057281',
    tab: { id: 9 },
  };
  const mobileImdbTab: SenderInfo = { ...imdbTab, url: 'https://m.imdb.com/title/tt0133093/' };

  it.each<[string, string, unknown]>([
    ['status', 'status', { media }],
    ['a list change', 'setStatus', { media, status: 'dropped' }],
    ['a rating', 'rate', { media, rating: 1 }],
    ['a removal', 'removeFromList', { media }],
    ['mark watched', 'markWatched', { media }],
  ])('refuses %s about an IMDb title from a Netflix tab', async (_name, intent, data) => {
    const handler = vi.fn(async (): Promise<never> => {
      throw new Error('must not be called');
    });
    const route = createRouter(
      { status: handler, setStatus: handler, rate: handler, removeFromList: handler, markWatched: handler },
      rules,
    );
    const answer = await route(message(intent, data), netflixTab);
    expect(answer).toMatchObject({ ok: false, error: { kind: 'internal', message: /media\.site/ } });
    expect(handler).not.toHaveBeenCalled();
  });

  it("refuses a list page's titles when one of them is not of the sending page's site", async () => {
    const listStates = vi.fn(async () => []);
    const route = createRouter({ listStates }, rules);
    const netflixTitle: DetectedMedia = { site: 'netflix', kind: 'show', ids: { netflix: '80057281' } };
    const refused = await route(message('listStates', { titles: [netflixTitle, media] }), netflixTab);
    expect(refused).toMatchObject({ ok: false, error: { kind: 'internal', message: /media\.site/ } });
    expect(listStates).not.toHaveBeenCalled();
    await expect(route(message('listStates', { titles: [netflixTitle] }), netflixTab)).resolves.toMatchObject(
      {
        ok: true,
      },
    );
    expect(listStates).toHaveBeenCalledOnce();
  });

  it('answers the same IMDb title from IMDb, on either of its hosts', async () => {
    const { route, status } = setup();
    await expect(route(message('status', { media }), imdbTab)).resolves.toMatchObject({ ok: true });
    await expect(route(message('status', { media }), mobileImdbTab)).resolves.toMatchObject({ ok: true });
    expect(status).toHaveBeenCalledTimes(2);
  });

  it('answers a Netflix title from Netflix', async () => {
    const { route, status } = setup();
    const title: DetectedMedia = { site: 'netflix', kind: 'show', ids: { netflix: '80057281' } };
    await expect(route(message('status', { media: title }), netflixTab)).resolves.toMatchObject({ ok: true });
    expect(status).toHaveBeenCalledWith({ media: title }, expect.objectContaining({ from: 'content' }));
  });

  it('leaves our own pages free to ask about any site', async () => {
    const { route, status } = setup();
    await expect(route(message('status', { media }), popup)).resolves.toMatchObject({ ok: true });
    expect(status).toHaveBeenCalledOnce();
  });
});

describe('messages', () => {
  it.each([
    ['not an object', 'status'],
    ['no protocol tag', { intent: 'status', data: { media } }],
    ['another protocol', { protocol: 'other/1', intent: 'status', data: { media } }],
    ['an unknown intent', { protocol: PROTOCOL_TAG, intent: 'deleteEverything', data: {} }],
    ['a prototype key as intent', { protocol: PROTOCOL_TAG, intent: 'toString', data: {} }],
  ])('ignores %s so other listeners can answer', (_name, value) => {
    const { route } = setup();
    expect(route(value, popup)).toBeUndefined();
  });

  const malformed: Array<[string, string, unknown]> = [
    ['no data', 'status', undefined],
    ['no media', 'status', {}],
    ['an unknown site', 'status', { media: { ...media, site: 'hulu' } }],
    ['an unknown kind', 'status', { media: { ...media, kind: 'season' } }],
    ['a malformed IMDb id', 'status', { media: { ...media, ids: { imdb: 'nm0000206' } } }],
    ['an id of the wrong type', 'status', { media: { ...media, ids: { tmdb: 603 } } }],
    ['no id at all', 'status', { media: { ...media, ids: {} } }],
    ['a huge title', 'status', { media: { ...media, title: 'x'.repeat(501) } }],
    ['a year as text', 'status', { media: { ...media, year: '1999' } }],
    ['a negative episode', 'status', { media: { ...media, kind: 'episode', episode: -1 } }],
    ['a show without ids', 'status', { media: { ...media, show: { title: 'x' } } }],
    ['a rating of 11', 'rate', { media, rating: 11 }],
    ['a rating of 7.5', 'rate', { media, rating: 7.5 }],
    ['a rating as text', 'rate', { media, rating: '8' }],
    ['a missing rating', 'rate', { media }],
    ['an unknown status', 'setStatus', { media, status: 'notinteresting' }],
    ['an unknown watched scope', 'markWatched', { media, scope: 'season' }],
    ['a write id that is not text', 'retryWrite', { id: 5 }],
    ['a user id that is not a number', 'discardWaiting', { user: '1' }],
    ['a user id of 0', 'discardWaiting', { user: 0 }],
    ['an unclaimed flag that is not true', 'discardWaiting', { unclaimed: 'yes' }],
    ['both a user and the unclaimed writes', 'discardWaiting', { user: 3, unclaimed: true }],
    ['an empty search', 'search', { query: '   ', type: 'movie' }],
    ['a search of an unknown type', 'search', { query: 'matrix', type: 'music' }],
    ['data that is an array', 'pending', []],
    ['a score without media', 'score', { simkl: 5 }],
    ['a score of Simkl id 0', 'score', { media, simkl: 0 }],
    ['a score of a Simkl id as text', 'score', { media, simkl: '5' }],
  ];

  it.each(malformed)('refuses %s as data, without calling the handler', async (_name, intent, data) => {
    // Never resolves to anything, so it fits every intent's handler type.
    const handler = vi.fn(async (): Promise<never> => {
      throw new Error('must not be called');
    });
    const route = createRouter(
      {
        status: handler,
        rate: handler,
        setStatus: handler,
        markWatched: handler,
        retryWrite: handler,
        discardWaiting: handler,
        search: handler,
        pending: handler,
        score: handler,
      },
      rules,
    );
    const answer = await route(message(intent, data), popup);
    expect(answer).toMatchObject({ ok: false, error: { kind: 'internal' } });
    expect(handler).not.toHaveBeenCalled();
  });

  it("asks to discard either a user's waiting writes or the unclaimed ones", async () => {
    const discardWaiting = vi.fn(async (_request: unknown) => ({ pending: 0, failed: 0, writes: [] }));
    const { route } = setup({ discardWaiting });
    await route(message('discardWaiting', { unclaimed: true, extra: 1 }), popup);
    await route(message('discardWaiting', { user: 3 }), popup);
    expect(discardWaiting.mock.calls.map(([request]) => request)).toEqual([{ unclaimed: true }, { user: 3 }]);
  });

  it('passes a clean copy: fields the protocol does not know are dropped', async () => {
    const { route, rate } = setup();
    const noisy = {
      media: { ...media, ids: { ...media.ids, evil: 'x' }, script: '<b>' },
      rating: null,
      extra: 1,
    };
    await route(message('rate', noisy), imdbTab);
    expect(rate).toHaveBeenCalledWith({ media, rating: null }, expect.anything());
  });
});

describe('errors as data', () => {
  it('turns a thrown SimklError into { ok: false, error }', async () => {
    const { route } = setup({
      status: async () => {
        throw new SimklError('rate-limit', 'Too many requests', { status: 429 });
      },
    });
    await expect(route(message('status', { media }), popup)).resolves.toEqual({
      ok: false,
      error: { kind: 'rate-limit', message: 'Too many requests' },
    });
  });

  it('turns any other throw into an internal error', async () => {
    const { route } = setup({
      status: async () => {
        throw new TypeError('x is undefined');
      },
    });
    await expect(route(message('status', { media }), popup)).resolves.toEqual({
      ok: false,
      error: { kind: 'internal', message: 'x is undefined' },
    });
  });

  it('answers an intent nobody handles yet with an error, not silence', async () => {
    const { route } = setup();
    await expect(route(message('account', {}), popup)).resolves.toMatchObject({
      ok: false,
      error: { kind: 'internal' },
    });
  });

  it('takes the Netflix import only from Netflix’s pages and our own', async () => {
    const importHistory = vi.fn(async () => ({ phase: 'idle' as const }));
    const importState = vi.fn(async () => ({ phase: 'idle' as const }));
    const { route } = setup({ importHistory, importState });
    const netflixTab: SenderInfo = { ...imdbTab, url: 'https://www.netflix.com/viewingactivity' };
    const reading = { viewings: [], shows: [] };
    expect(await route(message('importHistory', reading), imdbTab)).toMatchObject({ ok: false });
    expect(await route(message('importState', {}), imdbTab)).toMatchObject({ ok: false });
    expect(await route(message('importHistory', reading), netflixTab)).toEqual({
      ok: true,
      value: { phase: 'idle' },
    });
    expect(await route(message('importState', {}), popup)).toEqual({ ok: true, value: { phase: 'idle' } });
    // The reading itself comes from the history page only, never from our own pages.
    expect(await route(message('importHistory', reading), popup)).toMatchObject({ ok: false });
    expect(importHistory).toHaveBeenCalledTimes(1);
  });

  it('opens the options\' import for the history page only ("Find them on Simkl")', async () => {
    const opened: string[] = [];
    const { route } = setup(
      createImportHandlers({} as ImportService, async () => {
        opened.push('options#import');
      }),
    );
    const netflixTab: SenderInfo = { ...imdbTab, url: 'https://www.netflix.com/viewingactivity' };
    expect(await route(message('importFindUnmatched', {}), imdbTab)).toMatchObject({ ok: false });
    expect(await route(message('importFindUnmatched', {}), popup)).toMatchObject({ ok: false });
    expect(opened).toEqual([]);
    expect(await route(message('importFindUnmatched', {}), netflixTab)).toEqual({
      ok: true,
      value: { opened: true },
    });
    expect(opened).toEqual(['options#import']);
  });
});

describe('as the runtime.onMessage listener (the returned Promise is the answer)', () => {
  it('answers with the Promise it returns', async () => {
    const listener = routerListener(setup().route);
    await expect(listener(message('pending', {}), popup)).resolves.toEqual({
      ok: true,
      value: { pending: 0, failed: 0, writes: [] },
    });
  });

  it('answers a handler’s throw as { ok: false, error }, like the router itself', async () => {
    const route = setup({
      status: async () => {
        throw new SimklError('rate-limit', 'Too many requests', { status: 429 });
      },
    }).route;
    await expect(routerListener(route)(message('status', { media }), popup)).resolves.toEqual({
      ok: false,
      error: { kind: 'rate-limit', message: 'Too many requests' },
    });
  });

  it('leaves what is not ours to other listeners: no Promise, no answer', () => {
    const listener = routerListener(setup().route);
    expect(listener({ hello: 1 }, popup)).toBeUndefined();
    expect(listener(message('pending', {}), { ...popup, id: 'someone-else' })).toBeUndefined();
  });

  it('still answers, never rejects, when the router itself throws or rejects', async () => {
    const thrown = routerListener(() => {
      throw new TypeError('broken sender');
    });
    await expect(thrown(message('pending', {}), popup)).resolves.toEqual({
      ok: false,
      error: { kind: 'internal', message: 'broken sender' },
    });
    const rejected = routerListener(() => Promise.reject(new Error('gone')));
    await expect(rejected(message('pending', {}), popup)).resolves.toEqual({
      ok: false,
      error: { kind: 'internal', message: 'gone' },
    });
  });
});
