import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { App } from '../../../entrypoints/popup/App';
import type { DetectedMedia } from '../../../lib/media';
import type { AccountView, ItemView, PendingView } from '../../../lib/messaging';
import { REVISION_KEYS } from '../../../lib/messaging';
import { type FakeBackground, fail, fakeBackground, itemView, settle, stubI18n } from '../page/helpers';
import { loadPopupParts } from '../popup/parts';

const MATRIX: DetectedMedia = {
  site: 'imdb',
  kind: 'movie',
  ids: { imdb: 'tt0133093' },
  title: 'The Matrix',
  year: 1999,
};

let root: HTMLElement;
let background: FakeBackground;
let view: ItemView;
let account: AccountView;
let pending: PendingView;
let tabAnswer: () => Promise<unknown>;

function tab(url: string) {
  vi.spyOn(fakeBrowser.tabs, 'query').mockResolvedValue([
    { id: 7, url, index: 0, highlighted: true, active: true, pinned: false, incognito: false },
  ]);
}

beforeAll(loadPopupParts);

beforeEach(() => {
  stubI18n();
  view = itemView({ status: 'completed', rating: 8, poster: '74/74415673dcdc9cdd' });
  account = {
    signedIn: true,
    mode: 'oauth2',
    user: { name: 'neo', avatar: 'https://simkl.in/avatars/1/neo_100.jpg' },
  };
  pending = { pending: 0, failed: 0, writes: [] };
  background = fakeBackground({
    status: () => view,
    account: () => account,
    pending: () => pending,
    syncNow: () => ({ lastSyncAt: '2026-11-29T10:00:00Z' }),
    setStatus: ({ status }) => (view = { ...view, status }),
    rate: ({ rating }) => (view = { ...view, rating }),
    markWatched: () => (view = { ...view, status: 'completed' }),
    removeFromList: () => (view = { ...view, status: null }),
    poster: ({ path, size }) => ({ dataUrl: `data:image/webp;base64,${btoa(`${path}|${size}`)}` }),
  });
  tab('https://www.imdb.com/title/tt0133093/');
  tabAnswer = async () => ({ media: MATRIX });
  (fakeBrowser.tabs as { sendMessage: unknown }).sendMessage = vi.fn(() => tabAnswer());
  root = document.createElement('div');
  document.body.replaceChildren(root);
});

afterEach(() => {
  render(null, root);
  vi.restoreAllMocks();
});

async function open() {
  await act(() => render(<App />, root));
  await settle(8);
}

const $ = <E extends Element = HTMLElement>(selector: string) => root.querySelector<E>(selector);
const click = async (selector: string) => {
  await act(() => $(selector)!.click());
  await settle();
};

describe('the tab title', () => {
  it("shows what the tab's content script identified, with poster, list, rating and type", async () => {
    await open();
    expect(fakeBrowser.tabs.sendMessage).toHaveBeenCalledWith(7, { type: 'simkl-current-media' });
    expect(background.callsOf('status')).toEqual([{ media: MATRIX }]);
    expect($('[data-testid="item-title"]')?.textContent).toBe('The Matrix (1999)');
    expect($('[data-testid="item-status"]')?.textContent).toBe('Completed');
    expect($('[data-testid="item-rating"]')?.textContent).toBe('★ 8/10');
    expect(root.textContent).toContain('Movie');
    // Through the background's image cache, never straight from the proxy.
    expect(background.callsOf('poster')).toEqual([{ path: '74/74415673dcdc9cdd', size: 'ca' }]);
    expect($<HTMLImageElement>('img.poster')?.getAttribute('src')).toBe(
      `data:image/webp;base64,${btoa('74/74415673dcdc9cdd|ca')}`,
    );
    expect($<HTMLImageElement>('img.poster')?.getAttribute('alt')).toBe('Poster of The Matrix');
  });

  it('falls back to the URL when the tab has no content script', async () => {
    tabAnswer = async () => {
      throw new Error('Could not establish connection. Receiving end does not exist.');
    };
    await open();
    expect((background.callsOf('status')[0] as { media: DetectedMedia }).media).toMatchObject({
      site: 'imdb',
      ids: { imdb: 'tt0133093' },
    });
  });

  it('says Simkl could not be asked about the title, not that Simkl does not list it', async () => {
    view = itemView({ known: false, status: null, lookupFailed: { kind: 'server', message: 'HTTP 502' } });
    await open();
    await settle(4);
    expect($('[data-testid="item-status"]')?.textContent).toBe("Couldn't ask Simkl about this title");
    expect($('[data-testid="matched-as-text"]')?.textContent).toBe(
      "Simkl couldn't be asked about this title. Simkl is having trouble right now. It asks again the next time you open it.",
    );
    expect(root.textContent).not.toContain("doesn't list");
  });

  it('shows show progress and the next episode', async () => {
    view = itemView({
      type: 'show',
      title: 'Doctor Who',
      status: 'watching',
      progress: { watched: 12, total: 40, next: 'S02E05' },
    });
    await open();
    expect($('[data-testid="item-progress"]')?.textContent).toBe('12 of 40 episodes watched');
    expect($('[data-testid="item-next"]')?.textContent).toBe('Next: S2E5');
  });

  it('sends each control as its intent and renders the answer', async () => {
    await open();
    expect($('[data-status="completed"]')?.getAttribute('aria-pressed')).toBe('true');
    await click('[data-status="dropped"]');
    expect(background.callsOf('setStatus')).toEqual([{ media: MATRIX, status: 'dropped' }]);
    expect($('[data-testid="item-status"]')?.textContent).toBe('Dropped');
    await click('[data-rating="3"]');
    await click('[data-rating="clear"]');
    expect(background.callsOf('rate')).toEqual([
      { media: MATRIX, rating: 3 },
      { media: MATRIX, rating: null },
    ]);
    await click('[data-action="watched"]');
    expect(background.callsOf('markWatched')).toEqual([{ media: MATRIX, scope: 'item' }]);
    await click('[data-action="remove"]');
    // Removing also deletes the watch history on Simkl: the popup asks first.
    expect(background.callsOf('removeFromList')).toEqual([]);
    expect($('#confirm-remove')?.textContent).toBe(
      'Remove from your lists? Its watch history on Simkl goes too.',
    );
    await click('[data-action="remove-cancel"]');
    expect(background.callsOf('removeFromList')).toEqual([]);
    await click('[data-action="remove"]');
    await click('[data-action="remove-confirm"]');
    expect(background.callsOf('removeFromList')).toEqual([{ media: MATRIX }]);
    expect($('[data-testid="item-status"]')?.textContent).toBe('Not in your lists');
    expect($('[data-action="open"]')?.getAttribute('href')).toBe('https://simkl.com/movies/53536/the-matrix');
  });

  it('explains errors in plain words', async () => {
    background.handlers.status = () => fail('app-limit');
    await open();
    expect($('[role="alert"]')?.textContent).toBe(
      'Simkl is not accepting requests from this extension right now. Try again later.',
    );
  });

  it('refreshes when the background bumps a revision', async () => {
    await open();
    view = itemView({ status: 'hold' });
    await act(() => fakeBrowser.storage.local.set({ [REVISION_KEYS.library]: 5 }));
    await settle();
    expect($('[data-testid="item-status"]')?.textContent).toBe('On Hold');
  });

  it('syncs when opened, once the title is on screen', async () => {
    await open();
    await settle();
    expect(background.callsOf('syncNow')).toHaveLength(1);
    const order = background.calls.map((call) => call.intent);
    expect(order.indexOf('syncNow')).toBeGreaterThan(order.indexOf('status'));
  });

  it('keeps the Powered by Simkl link visible', async () => {
    await open();
    const link = [...root.querySelectorAll('a')].find((a) => a.textContent?.includes('Powered by Simkl'));
    expect(link?.getAttribute('href')).toBe('https://simkl.com/');
  });
});

describe('search when the tab has no title', () => {
  beforeEach(() => {
    tab('https://example.org/');
    tabAnswer = async () => ({ media: null });
    background.handlers.search = ({ query, type }) => [
      {
        simkl: 39687,
        type: type === 'all' ? 'show' : type,
        title: `${query} result`,
        year: 2016,
        poster: '12/12abc',
      },
    ];
  });

  it('searches Simkl and adds a result to Plan to Watch', async () => {
    await open();
    expect(root.textContent).toContain('No title on this page.');
    const input = $<HTMLInputElement>('input[type="search"]')!;
    await act(() => {
      input.value = 'Stranger Things';
      input.dispatchEvent(new Event('input', { bubbles: true }));
    });
    await act(() => {
      $<HTMLFormElement>('form')!.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
    });
    await settle();
    // All types by default: the user may not know how Simkl files the title.
    expect(background.callsOf('search')).toEqual([{ query: 'Stranger Things', type: 'all' }]);
    expect(root.textContent).toContain('Stranger Things result (2016)');
    expect($('[data-simkl="39687"]')?.getAttribute('aria-label')).toBe(
      'Add Stranger Things result to Plan to Watch',
    );
    await click('[data-simkl="39687"]');
    expect(background.callsOf('setStatus')).toEqual([
      {
        media: {
          site: 'imdb',
          kind: 'show',
          ids: { simkl: 39687 },
          title: 'Stranger Things result',
          year: 2016,
        },
        status: 'plantowatch',
      },
    ]);
    expect(root.textContent).toContain('Added');
  });
});

describe('account', () => {
  it('shows who is signed in and signs out', async () => {
    background.handlers.signOut = () => (account = { signedIn: false, mode: 'oauth2' });
    await open();
    expect($('[data-testid="account-name"]')?.textContent).toBe('Signed in as neo');
    expect($<HTMLImageElement>('img.avatar')?.getAttribute('src')).toBe(
      'https://simkl.in/avatars/1/neo_100.jpg',
    );
    await click('[data-action="sign-out"]');
    expect(background.callsOf('signOut')).toHaveLength(1);
    expect($('[data-action="sign-in"]')).not.toBeNull();
  });

  it('signs in, and shows the code in PIN mode', async () => {
    account = { signedIn: false, mode: 'pin', signedOutReason: 'Your Simkl session ended.' };
    view = itemView({ signedIn: false });
    background.handlers.signIn = () => ({
      signedIn: false,
      mode: 'pin',
      pin: { userCode: 'QWE123', verificationUrl: 'https://simkl.com/pin/', expiresAt: Date.now() + 600_000 },
    });
    await open();
    expect(root.textContent).toContain('Your Simkl session ended.');
    expect(root.textContent).toContain('Sign in to Simkl first.');
    await click('[data-action="sign-in"]');
    expect(background.callsOf('signIn')).toEqual([{}]);
    expect($('[data-testid="pin-code"]')?.textContent).toBe('QWE123');
    expect(root.querySelector('a[href="https://simkl.com/pin/"]')).not.toBeNull();
  });

  it('says when sign-in was cancelled', async () => {
    account = { signedIn: false, mode: 'oauth2' };
    background.handlers.signIn = () => fail('cancelled');
    await open();
    await click('[data-action="sign-in"]');
    expect(root.textContent).toContain('Sign-in was cancelled.');
  });
});

describe('writes waiting for Simkl', () => {
  it('lists them, retries failed ones and discards', async () => {
    pending = {
      pending: 1,
      failed: 1,
      writes: [
        {
          id: 'w1',
          label: 'The Matrix (1999): Plan to Watch',
          state: 'failed',
          attempts: 5,
          error: { kind: 'server', message: '502' },
        },
        { id: 'w2', label: 'Heat (1995): Completed', state: 'queued', attempts: 0 },
      ],
    };
    background.handlers.retryWrite = ({ id }) => ({
      ...pending,
      writes: pending.writes.map((write) =>
        write.id === id ? { ...write, state: 'queued' as const, error: undefined } : write,
      ),
    });
    background.handlers.discardWrite = ({ id }) => ({
      ...pending,
      writes: pending.writes.filter((write) => write.id !== id),
    });
    await open();
    const items = root.querySelectorAll('.pending li');
    expect(items).toHaveLength(2);
    expect(items[0]?.textContent).toContain('Simkl is having trouble. The change will be sent later.');
    expect(items[1]?.querySelector('[data-action="retry"]')).toBeNull();
    await click('li[data-state="failed"] [data-action="retry"]');
    expect(background.callsOf('retryWrite')).toEqual([{ id: 'w1' }]);
    expect(root.querySelector('li[data-state="failed"]')).toBeNull();
    await click('.pending li [data-action="discard"]');
    expect(background.callsOf('discardWrite')).toEqual([{ id: 'w1' }]);
    expect(root.querySelectorAll('.pending li')).toHaveLength(1);
  });

  it("says whose sign-in another account's writes wait for, and discards them", async () => {
    pending = {
      pending: 1,
      failed: 0,
      writes: [{ id: 'w2', label: 'Heat (1995): Completed', state: 'queued', attempts: 0 }],
      waiting: [
        { user: 1, name: 'Demo Watcher', count: 3 },
        { user: 4, name: 'Ana', count: 1 },
      ],
    };
    background.handlers.discardWaiting = (request) => ({
      ...pending,
      waiting: pending.waiting?.filter((group) => !('user' in request) || group.user !== request.user),
    });
    await open();
    const waiting = root.querySelectorAll('.pending li[data-state="waiting"]');
    expect([...waiting].map((item) => item.querySelector('span')?.textContent)).toEqual([
      '3 changes wait for Demo Watcher to sign in again',
      '1 change waits for Ana to sign in again',
    ]);
    await click('li[data-user="1"] [data-action="discard-waiting"]');
    expect(background.callsOf('discardWaiting')).toEqual([{ user: 1 }]);
    expect(root.querySelectorAll('.pending li[data-state="waiting"]')).toHaveLength(1);
    expect(root.querySelectorAll('.pending li')).toHaveLength(2);
  });

  it('shows the waiting writes of a previous account while signed out, with no writes of its own', async () => {
    account = { signedIn: false, mode: 'oauth2' };
    pending = { pending: 0, failed: 0, writes: [], waiting: [{ user: 1, name: 'Demo Watcher', count: 2 }] };
    await open();
    expect($('.pending')?.textContent).toContain('2 changes wait for Demo Watcher to sign in again');
  });

  it('says that the writes of a session that ended before its user was known will not be sent', async () => {
    pending = { pending: 0, failed: 0, writes: [], unclaimed: 2 };
    background.handlers.discardWaiting = () => ({ pending: 0, failed: 0, writes: [] });
    await open();
    expect($('.pending li[data-state="unclaimed"] span')?.textContent).toBe(
      '2 changes will not be sent: you were signed out before Simkl said which account they were for',
    );
    await click('li[data-state="unclaimed"] [data-action="discard-unclaimed"]');
    expect(background.callsOf('discardWaiting')).toEqual([{ unclaimed: true }]);
    expect($('.pending')).toBeNull();
  });

  it('shows nothing when no write is waiting', async () => {
    await open();
    expect(root.querySelector('.pending')).toBeNull();
  });
});
