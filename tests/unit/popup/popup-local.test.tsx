/**
 * The popup with a sleeping worker: it shows the tab's title from the stores it shares with the
 * background (filled here by the background's own code) before the background answers, then the answer.
 */
import { set } from 'idb-keyval';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { App } from '../../../entrypoints/popup/App';
import { openImageBlobs } from '../../../lib/images/cached-image';
import { posterUrl } from '../../../lib/images/urls';
import type { DetectedMedia } from '../../../lib/media';
import { type IntentMessage, type ItemView, PROTOCOL_TAG } from '../../../lib/messaging';
import { startFirstReads } from '../../../lib/popup/first-reads';
import { itemViewOf } from '../../../lib/title-index/views';
import { entryOf, GOT } from '../library/fixtures';
import { itemView, settle, stubI18n } from '../page/helpers';
import { backgroundWorld } from '../read-model/fixtures';
import { loadPopupParts } from './parts';

const POSTER = '74/74415673dcdc9cdd';
const gotPage: DetectedMedia = {
  site: 'imdb',
  kind: 'show',
  ids: { imdb: 'tt0944947' },
  title: 'Game of Thrones',
};

let root: HTMLElement;
let world: Awaited<ReturnType<typeof backgroundWorld>>;
let asked: string[];
/** Whether the title's state was on screen when each intent was asked. */
let askedAfterPaint: Record<string, boolean>;
/** The background's `status` answer, held until the test wakes the worker. */
let wake: (view: ItemView) => void;

function sleepingBackground(): void {
  asked = [];
  askedAfterPaint = {};
  const statusAnswer = new Promise<ItemView>((resolve) => {
    wake = resolve;
  });
  const answers: Record<string, () => unknown> = {
    status: () => statusAnswer,
    account: () => ({ signedIn: true, mode: 'oauth2', user: { name: 'Ana' } }),
    pending: () => ({ pending: 0, failed: 0, writes: [] }),
    syncNow: () => ({}),
    poster: () => ({ dataUrl: 'data:image/webp;base64,AA==' }),
  };
  fakeBrowser.runtime.onMessage.addListener((raw: unknown) => {
    const message = raw as IntentMessage;
    if (message?.protocol !== PROTOCOL_TAG) return undefined;
    asked.push(message.intent);
    askedAfterPaint[message.intent] ??= root.querySelector('[data-testid="item-status"]') !== null;
    const answer = answers[message.intent];
    if (!answer) return Promise.resolve({ ok: false, error: { kind: 'internal', message: 'unhandled' } });
    return Promise.resolve(answer()).then((value) => ({ ok: true, value }));
  });
}

beforeAll(loadPopupParts);

beforeEach(async () => {
  stubI18n();
  world = await backgroundWorld();
  world.ana.seed(
    entryOf({ ...GOT, poster: POSTER }, { status: 'watching', watchedEpisodes: 2, totalEpisodes: 73 }),
  );
  await world.library.sync();
  sleepingBackground();
  vi.spyOn(fakeBrowser.tabs, 'query').mockResolvedValue([
    {
      id: 7,
      url: 'https://www.imdb.com/title/tt0944947/',
      index: 0,
      highlighted: true,
      active: true,
      pinned: false,
      incognito: false,
    },
  ]);
  (fakeBrowser.tabs as { sendMessage: unknown }).sendMessage = vi.fn(async () => ({ media: gotPage }));
  root = document.createElement('div');
  document.body.replaceChildren(root);
});

afterEach(() => {
  render(null, root);
  vi.restoreAllMocks();
});

const $ = (selector: string) => root.querySelector(selector);

/** IndexedDB answers come on timers of their own: wait for the DOM rather than for a count of ticks. */
async function until(check: () => boolean): Promise<void> {
  for (let round = 0; round < 200 && !check(); round++) {
    await settle(1);
    await act(() => new Promise((resolve) => setTimeout(resolve, 5)));
  }
  expect(check()).toBe(true);
}

describe('the popup while the worker sleeps', () => {
  it("shows the title from the stores, then the background's answer, and syncs only after it", async () => {
    await act(() => render(<App />, root));
    await until(() => Boolean($('[data-testid="item-status"]')?.textContent));
    expect($('[data-testid="item-title"]')?.textContent).toBe('Game of Thrones (2011)');
    await until(() => $('[data-testid="matched-as"]') !== null);
    expect($('[data-testid="item-status"]')?.textContent).toBe('Watching');
    expect($('[data-testid="item-progress"]')?.textContent).toContain('2');
    expect(asked).toContain('status');
    expect(asked).not.toContain('syncNow');

    wake(
      itemView({
        ...(await world.handlers.status({ media: gotPage }, { from: 'page' })),
        status: 'completed',
      }),
    );
    await until(() => $('[data-testid="item-status"]')?.textContent === 'Completed');
    await until(() => asked.includes('syncNow'));
    expect(asked.filter((intent) => intent === 'syncNow')).toHaveLength(1);
  });

  it('shows the poster from the image cache without asking the background', async () => {
    await set(
      posterUrl(POSTER, 'ca'),
      { type: 'image/webp', data: new Uint8Array([1, 2, 3]).buffer },
      openImageBlobs(),
    );
    await act(() => render(<App />, root));
    await until(() => $('img.poster') !== null);
    expect($('img.poster')?.getAttribute('src')).toMatch(/^blob:/);
    expect(asked).not.toContain('poster');
  });

  it('shows nothing of its own while signed out: the title waits for the background', async () => {
    await world.sessions.clear();
    await act(() => render(<App />, root));
    await until(() => asked.includes('status'));
    // As long as a local read would have taken, and then some.
    for (let round = 0; round < 20; round++)
      await act(() => new Promise((resolve) => setTimeout(resolve, 5)));
    expect($('[data-testid="item-status"]')).toBeNull();
    expect(root.textContent).toContain('Loading');

    wake({
      signedIn: false,
      known: false,
      title: 'Game of Thrones',
      status: null,
      rating: null,
      pendingWrites: 0,
    });
    await until(() => root.textContent?.includes('Sign in') ?? false);
    expect($('[data-testid="item-status"]')).toBeNull();
  });
});

describe('the first paint', () => {
  it('is read with the questions put as the popup starts: the tab is asked once, the view read before any render', async () => {
    const first = startFirstReads('');
    expect(await first.local).toMatchObject({ key: JSON.stringify(gotPage), view: { status: 'watching' } });
    await act(() => render(<App first={first} />, root));
    await until(() => $('[data-testid="item-status"]')?.textContent === 'Watching');
    expect(fakeBrowser.tabs.sendMessage).toHaveBeenCalledTimes(1);
  });

  it("from the title index asks the background only once the title's state is on screen", async () => {
    const first = {
      tab: Promise.resolve({ media: gotPage }),
      index: Promise.resolve({
        key: JSON.stringify(gotPage),
        view: itemViewOf({ type: 'show', status: 'watching', rating: null }),
      }),
      local: new Promise<null>(() => {}),
    };
    await act(() => render(<App first={first} />, root));
    await until(() => asked.includes('status'));
    expect(askedAfterPaint.status).toBe(true);
  });

  it('comes before the other parts, above or below it, ask the background anything', async () => {
    await act(() => render(<App />, root));
    const parts = ['pending', 'importState', 'account', 'tracking'];
    await until(() => parts.every((intent) => asked.includes(intent)));
    expect(askedAfterPaint).toMatchObject({
      pending: true,
      importState: true,
      account: true,
      tracking: true,
    });
  });

  it("shows the title index's state until the mirror's complete view replaces it", async () => {
    const key = JSON.stringify(gotPage);
    let mirrorRead!: (view: { key: string; view: ItemView }) => void;
    const first = {
      tab: Promise.resolve({ media: gotPage }),
      index: Promise.resolve({
        key,
        view: itemViewOf({ type: 'show', status: 'hold', rating: null }),
      }),
      local: new Promise<{ key: string; view: ItemView }>((resolve) => {
        mirrorRead = resolve;
      }),
    };
    await act(() => render(<App first={first} />, root));
    await until(() => $('[data-testid="item-status"]')?.textContent === 'On Hold');
    expect($('[data-testid="item-title"]')?.textContent).toBe('Game of Thrones');
    // The index names no Simkl item: no "Simkl has no match" while its state is shown.
    expect($('[data-testid="matched-as"]')).toBeNull();
    mirrorRead({
      key,
      view: itemView({ type: 'show', status: 'watching', title: 'Game of Thrones', year: 2011 }),
    });
    await until(() => $('[data-testid="item-status"]')?.textContent === 'Watching');
    expect($('[data-testid="item-title"]')?.textContent).toBe('Game of Thrones (2011)');
  });
});
