import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DetectedMedia } from '../../../../lib/media';
import type { ItemView } from '../../../../lib/messaging';
import { createPageControl, type PageControl } from '../../../../lib/page/control/page-control';
import { browserOffline } from '../../helpers/browser-online';
import {
  type FakeBackground,
  fail,
  fakeBackground,
  itemView,
  settle,
  shownText,
  stubI18n,
  userClick,
  userKey,
} from '../helpers';

const MOVIE: DetectedMedia = {
  site: 'imdb',
  kind: 'movie',
  ids: { imdb: 'tt0133093' },
  title: 'The Matrix',
  year: 1999,
};
const SHOW: DetectedMedia = { site: 'tmdb', kind: 'show', ids: { tmdb: '1399' }, title: 'Game of Thrones' };
const EPISODE: DetectedMedia = {
  site: 'imdb',
  kind: 'episode',
  ids: { imdb: 'tt1205438' },
  show: { ids: { imdb: 'tt0436992' } },
  season: 4,
  episode: 13,
};

let shadow: ShadowRoot;
let root: HTMLElement;
let control: PageControl | undefined;
let background: FakeBackground;
let view: ItemView;

beforeEach(() => {
  stubI18n();
  view = itemView();
  background = fakeBackground({
    status: () => view,
    setStatus: ({ status }) => (view = { ...view, status, pendingWrites: 1 }),
    rate: ({ rating }) => (view = { ...view, rating }),
    markWatched: () => (view = { ...view, status: 'completed' }),
    removeFromList: () => (view = { ...view, status: null, rating: null }),
    signIn: () => ({ signedIn: true, mode: 'oauth2' }),
  });
  const host = document.createElement('span');
  document.body.replaceChildren(host);
  shadow = host.attachShadow({ mode: 'closed' });
  root = document.createElement('div');
  shadow.append(root);
});

afterEach(reset);

function reset() {
  control?.destroy();
  control = undefined;
}

/** Renders the control as the runner does: a first mount, then updates with new props. */
async function show(
  media: DetectedMedia | null | undefined,
  options: { confirmWrites?: boolean; revision?: number } = {},
) {
  const props = { media, revision: options.revision ?? 0, confirmWrites: options.confirmWrites };
  await act(() => {
    if (control) control.update(props);
    else control = createPageControl(root, props);
  });
  await settle();
}

const focused = () => shadow.activeElement;
const button = () => root.querySelector<HTMLButtonElement>('[data-testid="simkl-button"]')!;
const menu = () => root.querySelector('[role="menu"]');
const item = (selector: string) => root.querySelector<HTMLElement>(selector)!;

describe('states', () => {
  it('is loading while the title is being identified', async () => {
    await show(undefined);
    expect(shownText(button())).toContain('Simkl: loading');
    expect(button().getAttribute('aria-busy')).toBe('true');
    expect(background.callsOf('status')).toHaveLength(0);
  });

  it('says when the title could not be identified, and does nothing on click', async () => {
    await show(null);
    expect(shownText(button())).toContain("Couldn't identify this title");
    expect(button().getAttribute('aria-disabled')).toBe('true');
    await userClick(button());
    expect(menu()).toBeNull();
  });

  it('offers "Add to Simkl" for a title in no list', async () => {
    await show(MOVIE);
    expect(background.callsOf('status')).toEqual([{ media: MOVIE }]);
    expect(shownText(button())).toContain('Add to Simkl');
    expect(button().getAttribute('aria-haspopup')).toBe('menu');
  });

  it('shows the list, the rating and the next episode', async () => {
    view = itemView({
      type: 'show',
      status: 'watching',
      rating: 9,
      progress: { watched: 12, next: 'S02E05' },
    });
    await show(SHOW);
    expect(shownText(button())).toContain('Simkl: Watching ★9 · S2E5 next');
  });

  it('signs in from the page when signed out', async () => {
    view = itemView({ signedIn: false });
    await show(MOVIE);
    expect(shownText(button())).toContain('Sign in to Simkl');
    view = itemView({ status: 'plantowatch' });
    await userClick(button());
    expect(background.callsOf('signIn')).toHaveLength(1);
    expect(shownText(button())).toContain('Simkl: Plan to Watch');
  });

  it('shows the code of a PIN sign-in', async () => {
    view = itemView({ signedIn: false });
    background.handlers.signIn = () => ({
      signedIn: false,
      mode: 'pin',
      pin: { userCode: 'XY12ZW', verificationUrl: 'https://simkl.com/pin', expiresAt: Date.now() + 60_000 },
    });
    await show(MOVIE);
    await userClick(button());
    expect(shownText(button())).toContain('Enter code XY12ZW on Simkl');
  });

  it('marks a write still on its way, subtly', async () => {
    view = itemView({ status: 'plantowatch', pendingWrites: 1 });
    await show(MOVIE);
    expect(button().querySelector('[data-pending]')).not.toBeNull();
    expect(shownText(button())).toContain('saving');
  });

  it('shows why a write failed for good', async () => {
    view = itemView({ status: 'plantowatch', failure: { kind: 'not-found', message: '404' } });
    await show(MOVIE);
    const note = root.querySelector('#simkl-note');
    expect(shownText(note)).toBe("not saved: Simkl doesn't know this title.");
    expect(button().getAttribute('aria-describedby')).toBe('simkl-note');
  });

  it('asks again when the revision moves', async () => {
    await show(MOVIE);
    view = itemView({ status: 'completed', rating: 8 });
    await show(MOVIE, { revision: 1 });
    expect(background.callsOf('status')).toHaveLength(2);
    expect(shownText(button())).toContain('Simkl: Completed ★8');
  });

  it('keeps its button through every redraw, so a click pressed before one and released after it counts', async () => {
    await show(MOVIE);
    const pressed = button();
    view = itemView({ status: 'completed', rating: 8 });
    await show(MOVIE, { revision: 1 }); // the state moved on its own between the press and the release
    expect(shownText(button())).toContain('Simkl: Completed ★8');
    expect(button()).toBe(pressed);
    expect(pressed.isConnected).toBe(true);
    await userClick(pressed);
    expect(menu()).not.toBeNull();
  });

  it('says plainly when the status cannot be read', async () => {
    browserOffline();
    background.handlers.status = () => fail('offline');
    await show(MOVIE);
    expect(shownText(button())).toContain("You're offline");
  });

  it('says Simkl could not be asked, under the button and in the menu, instead of "no match"', async () => {
    view = itemView({ known: false, lookupFailed: { kind: 'offline', message: 'no answer' } });
    await show(MOVIE);
    expect(shownText(button())).toBe('Add to Simkl');
    expect(shownText(root.querySelector('#simkl-note'))).toContain("Simkl can't be reached right now.");
    await userClick(button());
    const matched = root.querySelector('[data-matched]');
    expect(shownText(matched)).toContain("Simkl couldn't be asked about this title.");
    expect(shownText(matched)).not.toContain('no match');
  });
});

describe('menu', () => {
  it('opens only on trusted input', async () => {
    await show(MOVIE);
    await act(() => button().click());
    await act(() => {
      button().dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowDown', bubbles: true }));
    });
    expect(menu()).toBeNull();
    await userClick(button());
    expect(menu()).not.toBeNull();
    expect(button().getAttribute('aria-expanded')).toBe('true');
  });

  it('lists three lists for a movie and five for a show', async () => {
    await show(MOVIE);
    await userClick(button());
    expect([...root.querySelectorAll('[data-status]')].map((el) => el.getAttribute('data-status'))).toEqual([
      'plantowatch',
      'completed',
      'dropped',
    ]);
    reset();
    view = itemView({ type: 'show' });
    await show(SHOW);
    await userClick(button());
    expect(root.querySelectorAll('[data-status]')).toHaveLength(5);
    expect(root.querySelector('[data-action="watched"]')).toBeNull();
  });

  it('moves with the arrows and closes on Escape, giving focus back', async () => {
    view = itemView({ status: 'completed' });
    await show(MOVIE);
    await userClick(button());
    const items = [...root.querySelectorAll<HTMLElement>('[role^="menuitem"]')];
    // Focus starts on the checked list.
    expect(focused()).toBe(item('[data-status="completed"]'));
    await userKey(focused()!, 'ArrowDown');
    expect(focused()).toBe(item('[data-status="dropped"]'));
    await userKey(focused()!, 'Home');
    expect(focused()).toBe(items[0]);
    await userKey(focused()!, 'ArrowUp');
    expect(focused()).toBe(items.at(-1));
    await userKey(focused()!, 'Escape');
    expect(menu()).toBeNull();
    expect(focused()).toBe(button());
  });

  it('opens from the keyboard with the down arrow', async () => {
    await show(MOVIE);
    await userKey(button(), 'ArrowDown');
    expect(menu()).not.toBeNull();
    expect(focused()?.getAttribute('data-status')).toBe('plantowatch');
  });

  it('adds to a list and shows the optimistic answer at once', async () => {
    await show(MOVIE);
    await userClick(button());
    await userClick(item('[data-status="plantowatch"]'));
    expect(background.callsOf('setStatus')).toEqual([{ media: MOVIE, status: 'plantowatch' }]);
    expect(menu()).toBeNull();
    expect(shownText(button())).toContain('Simkl: Plan to Watch');
    expect(button().querySelector('[data-pending]')).not.toBeNull();
  });

  it('rates 1–10 and clears the rating', async () => {
    view = itemView({ status: 'completed' });
    await show(MOVIE);
    await userClick(button());
    expect(root.querySelectorAll('[data-rating]:not([data-rating="clear"])')).toHaveLength(10);
    expect(item('[data-rating="8"]').getAttribute('aria-label')).toBe('Rate 8 out of 10');
    await userClick(item('[data-rating="8"]'));
    expect(shownText(button())).toContain('★8');
    await userClick(button());
    await userClick(item('[data-rating="clear"]'));
    expect(background.callsOf('rate')).toEqual([
      { media: MOVIE, rating: 8 },
      { media: MOVIE, rating: null },
    ]);
    expect(shownText(button())).not.toContain('★');
  });

  it('marks a movie watched, and on an episode page that episode', async () => {
    await show(MOVIE);
    await userClick(button());
    await userClick(item('[data-action="watched"]'));
    reset();
    view = itemView({ type: 'show' });
    await show(EPISODE);
    await userClick(button());
    expect(shownText(item('[data-action="watched"]'))).toBe('Mark S4E13 watched');
    await userClick(item('[data-action="watched"]'));
    expect(background.callsOf('markWatched')).toEqual([
      { media: MOVIE, scope: 'item' },
      { media: EPISODE, scope: 'episode' },
    ]);
  });

  it('closes on a press outside, not on one inside that the document sees as on the host', async () => {
    await show(MOVIE);
    await userClick(button());
    const host = shadow.host;
    // What a browser gives a document listener for a press inside a closed root: the host, outwards.
    const press = (path: EventTarget[]) => {
      const event = new Event('pointerdown', { bubbles: true, composed: true });
      Object.defineProperty(event, 'composedPath', { value: () => path });
      document.dispatchEvent(event);
    };
    await act(() => press([host, document.body, document.documentElement, document, window]));
    expect(menu()).not.toBeNull();
    await act(() => press([document.body, document.documentElement, document, window]));
    expect(menu()).toBeNull();
  });

  it('offers the same entries in every state, disabling what does not apply', async () => {
    const entries = () =>
      Array.from(root.querySelectorAll('[data-k]'), (entry) => entry.getAttribute('data-k'));
    await show(MOVIE);
    await userClick(button());
    const unlisted = entries();
    expect(item('[data-rating="clear"]').getAttribute('aria-disabled')).toBe('true');
    expect(item('[data-action="remove"]').getAttribute('aria-disabled')).toBe('true');
    await userClick(item('[data-rating="clear"]'));
    expect(menu()).not.toBeNull(); // a disabled entry leaves the menu open
    await userClick(item('[data-action="remove"]'));
    expect(background.callsOf('rate')).toEqual([]);
    expect(background.callsOf('removeFromList')).toEqual([]);

    reset();
    view = itemView({ status: 'completed', rating: 8 });
    await show(MOVIE);
    await userClick(button());
    expect(entries()).toEqual(unlisted);
    expect(item('[data-rating="clear"]').hasAttribute('aria-disabled')).toBe(false);
    expect(item('[data-action="remove"]').hasAttribute('aria-disabled')).toBe(false);
  });

  it('holds no text node: every word is drawn from an attribute', async () => {
    view = itemView({ status: 'completed', rating: 8 });
    await show(MOVIE);
    await userClick(button());
    const walker = document.createTreeWalker(shadow, NodeFilter.SHOW_TEXT);
    const texts: string[] = [];
    // Style sheets aside (the menu's CSS comes with its part, as the control's own does): not rendered.
    while (walker.nextNode())
      if (walker.currentNode.parentElement?.localName !== 'style')
        texts.push(walker.currentNode.nodeValue ?? '');
    expect(texts).toEqual([]);
    expect(shownText(button())).toContain('Simkl: Completed ★8');
  });

  it('removes from the list and links to Simkl', async () => {
    view = itemView({ status: 'dropped' });
    await show(MOVIE);
    await userClick(button());
    expect(item('[data-action="open"]').getAttribute('href')).toBe(
      'https://simkl.com/movies/53536/the-matrix',
    );
    expect(item('[data-action="open"]').getAttribute('rel')).toContain('noopener');
    await userClick(item('[data-action="remove"]'));
    // Removing also deletes the watch history on Simkl: asked first, even without confirmWrites.
    expect(background.callsOf('removeFromList')).toEqual([]);
    expect(shownText(item('[role="alertdialog"]'))).toContain(
      'Remove from your lists? Its watch history on Simkl goes too.',
    );
    await userClick(item('[data-action="confirm"]'));
    expect(background.callsOf('removeFromList')).toEqual([{ media: MOVIE }]);
    expect(shownText(button())).toContain('Add to Simkl');
  });

  it('keeps the title when the removal is cancelled', async () => {
    view = itemView({ status: 'dropped' });
    await show(MOVIE);
    await userClick(button());
    await userClick(item('[data-action="remove"]'));
    await userClick(item('[data-action="cancel"]'));
    expect(background.callsOf('removeFromList')).toEqual([]);
    expect(shownText(button())).toContain('Dropped');
  });

  it('ignores synthetic clicks on menu items', async () => {
    await show(MOVIE);
    await userClick(button());
    await act(() => item('[data-status="completed"]').click());
    expect(background.callsOf('setStatus')).toHaveLength(0);
  });

  it('keeps the view and shows the reason when a write is refused', async () => {
    view = itemView({ status: 'plantowatch' });
    background.handlers.setStatus = () => fail('bad-request');
    await show(MOVIE);
    await userClick(button());
    await userClick(item('[data-status="completed"]'));
    expect(shownText(button())).toContain('Simkl: Plan to Watch');
    expect(shownText(root.querySelector('#simkl-note'))).toBe('not saved: Simkl refused this change.');
  });

  it('asks first when the user wants confirmations', async () => {
    await show(MOVIE, { confirmWrites: true });
    await userClick(button());
    await userClick(item('[data-status="completed"]'));
    expect(shownText(root.querySelector('[role="alertdialog"]'))).toContain('Change on Simkl: Completed?');
    expect(background.callsOf('setStatus')).toHaveLength(0);
    await userClick(item('[data-action="cancel"]'));
    expect(background.callsOf('setStatus')).toHaveLength(0);
    await userClick(button());
    await userClick(item('[data-status="completed"]'));
    await userClick(item('[data-action="confirm"]'));
    expect(background.callsOf('setStatus')).toEqual([{ media: MOVIE, status: 'completed' }]);
  });
});

describe('the keyboard command', () => {
  it('opens the menu with focus on the current list when the title is ready', async () => {
    view = itemView({ status: 'completed' });
    await show(MOVIE);
    await act(() => control?.showMenu());
    // The menu's part arrives from the worker (menu-loader.ts), then it opens.
    await settle();
    expect(menu()).not.toBeNull();
    expect(button().getAttribute('aria-expanded')).toBe('true');
    expect(focused()).toBe(item('[data-status="completed"]'));
  });

  it('only focuses the button while signed out: there is no menu to open', async () => {
    view = itemView({ signedIn: false });
    await show(MOVIE);
    await act(() => control?.showMenu());
    expect(menu()).toBeNull();
    expect(focused()).toBe(button());
    expect(background.callsOf('signIn')).toHaveLength(0);
  });
});
