/**
 * The popup's early questions (lib/popup/early-questions.ts): put by popup.html's classic script on
 * the browser's own API before the modules arrive, then taken once by the popup's first reads, which
 * ask nothing again unless a question failed.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { DetectedMedia } from '../../../lib/media';
import { CURRENT_MEDIA_REQUEST } from '../../../lib/messaging/current-media';
import { askEarlyQuestions, type EarlyApi, takeEarlyQuestions } from '../../../lib/popup/early-questions';
import { startFirstReads } from '../../../lib/popup/first-reads';

const MATRIX: DetectedMedia = {
  site: 'imdb',
  kind: 'movie',
  ids: { imdb: 'tt0133093' },
  title: 'The Matrix',
};
const MATRIX_URL = 'https://www.imdb.com/title/tt0133093/';

/** The browser's own API as the early script sees it, answering for tab 9 on The Matrix. */
function browserApi() {
  return {
    tabs: {
      get: vi.fn(async (id: number) => ({ id, url: MATRIX_URL })),
      query: vi.fn(async () => []),
      sendMessage: vi.fn(async () => ({ media: MATRIX })),
    },
    storage: { local: { get: vi.fn(async () => ({ settings: {} })) } },
  } satisfies EarlyApi;
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe("the popup's early questions", () => {
  it("asks the named tab's script and all of storage.local at once, and leaves the answers once", async () => {
    const api = browserApi();
    const holder = {};
    askEarlyQuestions(api, '?tab=9', holder);
    expect(api.tabs.sendMessage).toHaveBeenCalledWith(9, { type: CURRENT_MEDIA_REQUEST });
    expect(api.storage.local.get).toHaveBeenCalledWith(null);
    const questions = takeEarlyQuestions(holder);
    expect(await questions?.tab).toEqual({ tab: { id: 9, url: MATRIX_URL }, reply: { media: MATRIX } });
    expect(await questions?.storage).toEqual({ settings: {} });
    expect(takeEarlyQuestions(holder)).toBeUndefined();
  });

  it('are what the first reads use: the tab and storage are not asked again', async () => {
    const api = browserApi();
    const holder = {};
    askEarlyQuestions(api, '?tab=9', holder);
    const sendMessage = vi.fn();
    (fakeBrowser.tabs as { sendMessage: unknown }).sendMessage = sendMessage;
    const storageRead = vi.spyOn(fakeBrowser.storage.local, 'get');
    const first = startFirstReads('?tab=9', takeEarlyQuestions(holder));
    expect(await first.tab).toEqual({ media: MATRIX, url: MATRIX_URL });
    // No title index in what storage.local held: nothing to show from it.
    expect(await first.index).toBeNull();
    expect(sendMessage).not.toHaveBeenCalled();
    expect(storageRead).not.toHaveBeenCalled();
  });

  it('are put again by the first reads when they failed', async () => {
    const failed = Promise.reject(new Error('no API'));
    failed.catch(() => undefined);
    vi.spyOn(fakeBrowser.tabs, 'get').mockResolvedValue({ id: 9, url: MATRIX_URL } as never);
    (fakeBrowser.tabs as { sendMessage: unknown }).sendMessage = vi.fn(async () => ({ media: MATRIX }));
    const storageRead = vi.spyOn(fakeBrowser.storage.local, 'get');
    const first = startFirstReads('?tab=9', { tab: failed as never, storage: failed as never });
    expect(await first.tab).toEqual({ media: MATRIX, url: MATRIX_URL });
    await first.index;
    expect(storageRead).toHaveBeenCalledWith(null);
  });
});
