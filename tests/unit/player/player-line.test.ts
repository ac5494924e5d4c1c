/**
 * The player line of a player-only page (lib/player/player-line.ts): a closed root over the player, its
 * words as generated content, its Yes/Not now answered only by a trusted click on a line the user can see.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createPlayerLine } from '../../../lib/player/player-line';
import { stubI18n } from '../page/helpers';

let roots: ShadowRoot[] = [];

beforeEach(() => {
  stubI18n();
  roots = [];
  const attach = Element.prototype.attachShadow;
  vi.spyOn(Element.prototype, 'attachShadow').mockImplementation(function (this: Element, init) {
    const root = attach.call(this, init);
    roots.push(root);
    return root;
  });
  document.body.replaceChildren();
  for (const left of document.querySelectorAll('[data-simkl-player-line]')) left.remove();
});
afterEach(() => vi.restoreAllMocks());

const host = () => document.querySelector('[data-simkl-player-line]') as HTMLElement | null;
const words = (root: ShadowRoot) =>
  [...root.querySelectorAll('[data-t]')].map((node) => node.getAttribute('data-t')).join(' ');

function click(target: Element, trusted: boolean): void {
  const event = new MouseEvent('click', { bubbles: true, composed: true });
  if (trusted) Object.defineProperty(event, 'isTrusted', { value: true });
  target.dispatchEvent(event);
}

describe('the player line', () => {
  it('says the playback in a closed root, as generated content the page cannot search', () => {
    const line = createPlayerLine(document);
    line.show({ text: 'Simkl: Watching now · Frieren S1E5 · 43 %' });
    expect(host()).not.toBeNull();
    expect(host()?.shadowRoot).toBeNull();
    const root = roots[0] as ShadowRoot;
    expect(words(root)).toBe('Simkl: Watching now · Frieren S1E5 · 43 %');
    expect(root.textContent).not.toContain('Watching');
  });

  it('redraws nothing for the same words, and goes when there is nothing to say', () => {
    const line = createPlayerLine(document);
    line.show({ text: 'Simkl: Paused · S1E5 · 43 %' });
    const shown = roots[0]?.querySelector('p');
    line.show({ text: 'Simkl: Paused · S1E5 · 43 %' });
    expect(roots[0]?.querySelector('p')).toBe(shown);
    line.show(undefined);
    expect(host()).toBeNull();
  });

  it('comes back when the page removes it', () => {
    const line = createPlayerLine(document);
    line.show({ text: 'Simkl could not tell what is playing' });
    host()?.remove();
    line.show({ text: 'Simkl could not tell what is playing' });
    expect(host()).not.toBeNull();
  });

  it("answers the question on a user's click only, never a script's, nor on a line the page made invisible", () => {
    const answers: boolean[] = [];
    const line = createPlayerLine(document);
    line.show({ ask: (yes) => answers.push(yes) });
    const root = roots[0] as ShadowRoot;
    expect(words(root)).toContain('Yes');
    const yes = root.querySelector('[data-k="track-yes"]') as HTMLElement;
    click(yes, false);
    expect(answers).toEqual([]);
    document.documentElement.style.opacity = '0';
    click(yes, true);
    expect(answers).toEqual([]);
    document.documentElement.style.opacity = '';
    click(root.querySelector('[data-k="track-no"]') as HTMLElement, true);
    expect(answers).toEqual([false]);
  });

  it('leaves the page when removed', () => {
    const line = createPlayerLine(document);
    line.show({ text: 'Simkl: Tracking…' });
    line.remove();
    expect(host()).toBeNull();
  });
});
