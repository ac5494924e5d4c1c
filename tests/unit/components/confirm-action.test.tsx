import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ConfirmAction } from '../../../components/ConfirmAction';
import type { MenuActionView, MenuMatch } from '../../../lib/messaging';
import { type FakeBackground, fail, fakeBackground, settle, stubI18n } from '../page/helpers';

const ID = '5e1f5e1f-0000-4e2e-9000-00000000e2e0';
const LINK = 'https://www.imdb.com/title/tt0133093/';
const MATRIX: MenuMatch = { found: true, simkl: 53536, type: 'movie', title: 'The Matrix', year: 1999 };

let root: HTMLElement;
let background: FakeBackground;

function actionView(overrides: Partial<MenuActionView> = {}): MenuActionView {
  return {
    write: { kind: 'status', status: 'completed' },
    link: { url: LINK },
    match: MATRIX,
    listed: null,
    ...overrides,
  };
}

async function open(view: MenuActionView | ReturnType<typeof fail> = actionView()) {
  background = fakeBackground({
    menuAction: () => view,
    menuConfirm: () => ({ done: true }),
    menuCancel: () => ({ cancelled: true }),
  });
  await act(() => render(<ConfirmAction id={ID} />, root));
  await settle(6);
}

const text = (testId: string) => root.querySelector(`[data-testid="${testId}"]`)?.textContent ?? null;
const button = (action: string) => root.querySelector<HTMLButtonElement>(`[data-action="${action}"]`);

async function press(key: string, target: EventTarget = document.body) {
  await act(() => {
    target.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true }));
  });
  await settle();
}

beforeEach(() => {
  stubI18n();
  vi.spyOn(window, 'close').mockImplementation(() => undefined);
  root = document.createElement('div');
  document.body.replaceChildren(root);
});

afterEach(() => {
  render(null, root);
  vi.restoreAllMocks();
});

describe('the link menu’s confirm window', () => {
  it('names the action, the match and the link (its text where given), focus on Cancel', async () => {
    await open(actionView({ listed: 'watching', link: { url: LINK, text: 'The Matrix' } }));
    expect(text('confirm-write')).toBe('Move to Completed');
    expect(text('confirm-match')).toBe('Title: The Matrix (1999 · Movie)');
    expect(text('confirm-link')).toBe(`Link: ${LINK}`);
    expect(text('confirm-link-text')).toBe('Link text: The Matrix');
    expect(document.activeElement).toBe(button('menu-cancel'));
    expect(background.callsOf('menuConfirm')).toEqual([]);
  });

  it('has the focus on Cancel in the task that draws the buttons, not after the paint', async () => {
    background = fakeBackground({ menuAction: () => actionView() });
    // Where the focus is when the buttons first appear: an Enter pressed as the window shows lands there.
    let focusedWhenDrawn: Element | null | undefined;
    const drawn = new MutationObserver(() => {
      if (focusedWhenDrawn === undefined && button('menu-cancel')) focusedWhenDrawn = document.activeElement;
    });
    drawn.observe(root, { childList: true, subtree: true });
    // Not in act(), which runs every effect before it returns: the browser runs them after its paint.
    render(<ConfirmAction id={ID} />, root);
    for (let turn = 0; turn < 6 && !button('menu-cancel'); turn++) await new Promise((r) => setTimeout(r, 0));
    drawn.disconnect();
    expect(focusedWhenDrawn).toBe(button('menu-cancel'));
  });

  it('confirms on Confirm', async () => {
    await open();
    await act(() => button('menu-confirm')?.click());
    await settle();
    expect(background.callsOf('menuConfirm')).toEqual([{ id: ID }]);
    expect(text('confirm-outcome')).toContain('Saved: Add to Completed.');
  });

  it('confirms on Enter, once, however often it is pressed', async () => {
    await open();
    await act(() => {
      for (let i = 0; i < 2; i++) {
        document.body.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
      }
    });
    await press('Enter');
    expect(background.callsOf('menuConfirm')).toEqual([{ id: ID }]);
    expect(background.callsOf('menuCancel')).toEqual([]);
  });

  it('cancels on Escape; Enter on the focused Cancel does not confirm', async () => {
    await open();
    await press('Enter', button('menu-cancel') as HTMLButtonElement);
    await press('Escape');
    expect(background.callsOf('menuConfirm')).toEqual([]);
    expect(background.callsOf('menuCancel')).toEqual([{ id: ID }]);
  });

  it('says when Simkl has no match, and offers nothing to write', async () => {
    await open(actionView({ match: { found: false } }));
    expect(text('confirm-match')).toBe('Simkl has no match for this link. Nothing will be written.');
    expect(button('menu-confirm')).toBeNull();
  });

  it('says when Simkl could not be asked, which is not "no match", and offers nothing to write', async () => {
    await open(actionView({ match: { found: false, error: { kind: 'offline', message: 'offline' } } }));
    expect(text('confirm-match')).toContain('Simkl could not be asked which title this link is.');
    await press('Enter');
    expect(button('menu-confirm')).toBeNull();
    expect(background.callsOf('menuConfirm')).toEqual([]);
  });

  it('says why a Confirm wrote nothing: the match moved, or the user is signed out', async () => {
    await open();
    background.handlers.menuConfirm = () => ({ done: false, reason: 'changed' });
    await act(() => button('menu-confirm')?.click());
    await settle();
    expect(text('confirm-outcome')).toContain('This link is matched to another Simkl title since the click.');
    expect(button('menu-confirm')).toBeNull();
    render(null, root);
    await act(() => render(<ConfirmAction id={ID} />, root));
    await settle(6);
    background.handlers.menuConfirm = () => fail('signed-out');
    await act(() => button('menu-confirm')?.click());
    await settle();
    expect(text('confirm-outcome')).toBe('Sign in to Simkl first.');
  });

  it('says an expired or answered action wrote nothing', async () => {
    await open(fail('not-found'));
    expect(root.textContent).toContain('This request has expired or was already answered.');
    expect(button('menu-confirm')).toBeNull();
  });
});
