// The control's menu comes from the worker on demand (lib/page/control/menu-loader.ts): a click
// before it arrived opens it once, on arrival; a failure is shown, and the next click asks again.
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DetectedMedia } from '../../../../lib/media';
import { MENU_PART } from '../../../../lib/page/control/menu-part';
import { createPageControl, type PageControl } from '../../../../lib/page/control/page-control';
import { registerPart } from '../../../../lib/page/parts/part-registry';
import {
  controlRoot,
  type FakeBackground,
  fail,
  fakeBackground,
  itemView,
  MESSAGES,
  settle,
  shownText,
  stubI18n,
  userClick,
} from '../helpers';

const MOVIE: DetectedMedia = { site: 'imdb', kind: 'movie', ids: { imdb: 'tt0133093' } };

let root: HTMLElement;
let shadow: ShadowRoot;
let control: PageControl | undefined;
let background: FakeBackground;
/** Lets the worker's answer to `loadPart` through, having run the part as executeScript would. */
let arrive: () => void;

beforeEach(() => {
  stubI18n();
  background = fakeBackground({
    status: () => itemView(),
    loadPart: () =>
      new Promise((resolve) => {
        arrive = () => {
          registerPart('menu', MENU_PART);
          resolve({ loaded: true });
        };
      }),
  });
  ({ shadow, root } = controlRoot());
});

afterEach(() => {
  control?.destroy();
  control = undefined;
});

async function show(media: DetectedMedia) {
  await act(() => {
    control = createPageControl(root, { media, revision: 0 });
  });
  await settle();
}

const button = () => root.querySelector<HTMLButtonElement>('[data-testid="simkl-button"]')!;
const menus = () => root.querySelectorAll('[role="menu"]');
const note = () => shownText(root.querySelector('#simkl-note'));

describe('the menu on demand', () => {
  it('opens once when its part arrives after the click, a second click before it included', async () => {
    await show(MOVIE);
    await userClick(button());
    await userClick(button());
    expect(menus()).toHaveLength(0);
    expect(button().getAttribute('aria-busy')).toBe('true');
    await act(() => arrive());
    await settle();
    expect(menus()).toHaveLength(1);
    expect(button().getAttribute('aria-expanded')).toBe('true');
    expect(button().getAttribute('aria-busy')).toBe('false');
    expect(background.callsOf('loadPart')).toEqual([{ part: 'menu' }]);
    // Its CSS came with it, as a style sheet of the control's shadow root (not words: dom.ts).
    const styles = [...shadow.querySelectorAll('style')].map((style) => style.textContent);
    expect(styles).toEqual([MENU_PART.css]);
    // Once here, the next clicks close and open it at once.
    await userClick(button());
    expect(menus()).toHaveLength(0);
    await userClick(button());
    expect(menus()).toHaveLength(1);
  });

  it('does not open on arrival when the title changed meanwhile', async () => {
    await show(MOVIE);
    await userClick(button());
    await act(() => control?.update({ media: { ...MOVIE, ids: { imdb: 'tt0234215' } }, revision: 0 }));
    await settle();
    await act(() => arrive());
    await settle();
    expect(menus()).toHaveLength(0);
  });

  it('does not open on arrival when the user pressed elsewhere meanwhile', async () => {
    await show(MOVIE);
    await userClick(button());
    await act(() => {
      document.body.dispatchEvent(new Event('pointerdown', { bubbles: true, composed: true }));
    });
    await act(() => arrive());
    await settle();
    expect(menus()).toHaveLength(0);
    expect(button().getAttribute('aria-busy')).toBe('false');
  });

  it('asks ahead of need when the pointer comes over the button, only for real input', async () => {
    await show(MOVIE);
    const calls = () => background.callsOf('loadPart').length;
    const before = calls();
    button().dispatchEvent(new Event('pointerenter'));
    expect(calls()).toBe(before);
    const real = new Event('pointerenter');
    Object.defineProperty(real, 'isTrusted', { value: true });
    button().dispatchEvent(real);
    await settle();
    expect(calls()).toBe(1);
    await act(() => arrive());
    await userClick(button());
    expect(menus()).toHaveLength(1);
  });

  it('says the menu could not load when the worker failed, and the next click asks again', async () => {
    background.handlers.loadPart = () => fail('internal');
    await show(MOVIE);
    await userClick(button());
    expect(menus()).toHaveLength(0);
    expect(note()).toBe(MESSAGES.controlMenuUnavailable?.message);
    expect(button().getAttribute('aria-busy')).toBe('false');
    background.handlers.loadPart = () => {
      registerPart('menu', MENU_PART);
      return { loaded: true };
    };
    await userClick(button());
    expect(menus()).toHaveLength(1);
    expect(note()).toBe('');
  });
});
