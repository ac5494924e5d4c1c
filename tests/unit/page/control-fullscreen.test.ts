import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { keepAttached } from '../../../lib/page/control/keep-attached';
import { notesWhereTheyFit } from '../../../lib/page/control/menu-place';
import { type MountedControl, mountControl } from '../../../lib/page/control/mount-control';
import { stubI18n } from './helpers';

/** happy-dom has no full screen: the document's element is set by hand, and the event sent. */
function goFullscreen(element: Element | null): void {
  Object.defineProperty(document, 'fullscreenElement', { configurable: true, get: () => element });
  document.dispatchEvent(new Event('fullscreenchange'));
}

const tick = (ms = 20) => new Promise((resolve) => setTimeout(resolve, ms));

let control: MountedControl | undefined;
let aborter: AbortController;
let player: HTMLElement;
let title: HTMLElement;

beforeEach(() => {
  stubI18n();
  aborter = new AbortController();
  document.body.innerHTML =
    '<div class="controls"><div data-uia="video-title">Dungeon</div></div><div data-uia="player"><video></video></div>';
  title = document.querySelector('[data-uia="video-title"]') as HTMLElement;
  player = document.querySelector('[data-uia="player"]') as HTMLElement;
});

afterEach(() => {
  aborter.abort();
  control?.remove();
  control = undefined;
  goFullscreen(null);
  // The document's own (prototype) getter again.
  delete (document as { fullscreenElement?: unknown }).fullscreenElement;
  document.body.replaceChildren();
});

function mounted(): MountedControl {
  control = mountControl(document, title, { media: undefined, revision: 0 });
  keepAttached(document, control, () => document.querySelector('[data-uia="video-title"]'), aborter.signal, {
    delayMs: 0,
  });
  return control;
}

describe('the control in full screen', () => {
  it('goes into the full-screen player when its anchor is outside it, floating, and comes back after', async () => {
    const { host } = mounted();
    expect(host.previousElementSibling).toBe(title);

    goFullscreen(player);
    expect(host.parentElement).toBe(player);
    expect(host.hasAttribute('data-floating')).toBe(true);
    // The page goes on changing: the control is not put back beside the hidden title.
    player.append(document.createElement('span'));
    await tick();
    expect(host.parentElement).toBe(player);

    goFullscreen(null);
    expect(host.previousElementSibling).toBe(title);
    expect(host.hasAttribute('data-floating')).toBe(false);
  });

  it('stays beside its anchor when the full-screen element holds it', () => {
    const { host } = mounted();
    goFullscreen(document.body);
    expect(host.previousElementSibling).toBe(title);
    expect(host.hasAttribute('data-floating')).toBe(false);
  });

  it('floats inside the full-screen player when the page removes its anchor (controls hidden)', async () => {
    const { host } = mounted();
    goFullscreen(player);
    document.querySelector('.controls')?.remove();
    await tick();
    expect(host.parentElement).toBe(player);
    goFullscreen(null);
    await tick();
    // No anchor left: it floats in the page.
    expect(host.parentElement).toBe(document.body);
    expect(host.hasAttribute('data-floating')).toBe(true);
  });
});

describe('notesWhereTheyFit', () => {
  function notesUnder(buttonBottom: number, notesHeight: number): HTMLElement {
    const button = document.createElement('button');
    button.getBoundingClientRect = () => ({ bottom: buttonBottom }) as DOMRect;
    const notes = document.createElement('div');
    notes.append(document.createElement('p'));
    Object.defineProperty(notes, 'offsetHeight', { configurable: true, get: () => notesHeight });
    notesWhereTheyFit(notes, button);
    return notes;
  }

  it('opens the notes upwards when the window has no room for them below the button', () => {
    expect(notesUnder(innerHeight - 20, 60).hasAttribute('data-up')).toBe(true);
    expect(notesUnder(100, 60).hasAttribute('data-up')).toBe(false);
  });
});
