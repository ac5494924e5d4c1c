/**
 * Rate it as the line draws it (lib/player/playback-line.ts): the finished line unchanged, ten buttons under
 * it that act on a user's click only, and honest words for what became of the rating.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { RateOffer } from '../../../lib/page/control/playback-line-types';
import { playbackView } from '../../../lib/player/playback-line';
import { stubI18n } from '../page/helpers';

const words = (root: Element) =>
  [...root.querySelectorAll('[data-t]')].map((node) => node.getAttribute('data-t')).join(' ');

function click(target: Element, trusted: boolean): void {
  const event = new MouseEvent('click', { bubbles: true, composed: true });
  if (trusted) Object.defineProperty(event, 'isTrusted', { value: true });
  target.dispatchEvent(event);
}

let picked: number[];
const offer = (more: Partial<RateOffer> = {}): RateOffer => ({
  code: 'Andor S1E12',
  show: true,
  engaged: false,
  rate: (rating) => picked.push(rating),
  ...more,
});

function shown(line: RateOffer): HTMLElement {
  const element = playbackView({ rate: line }, true) as HTMLElement;
  document.body.replaceChildren(element);
  return element;
}

beforeEach(() => {
  stubI18n();
  picked = [];
});
afterEach(() => document.body.replaceChildren());

describe('Rate it on the line', () => {
  it('keeps the finished line as it reads, and offers the show 1 to 10 under it', () => {
    const element = shown(offer());
    expect(words(element.querySelector('[data-testid="simkl-playback"]') as HTMLElement)).toBe(
      'Simkl: Andor S1E12 ✓',
    );
    const rate = element.querySelector('[data-testid="simkl-playback-rate"]') as HTMLElement;
    expect(words(rate)).toBe('Rate the show 1 2 3 4 5 6 7 8 9 10');
    expect(words(shown(offer({ show: false, code: 'Dune' })))).toContain('Rate it 1');
  });

  it("rates on a user's click or key, never on a script's click", () => {
    const element = shown(offer());
    const eight = element.querySelector('[data-r="8"]') as HTMLButtonElement;
    expect(eight.type).toBe('button');
    click(eight, false);
    expect(picked).toEqual([]);
    click(eight, true);
    expect(picked).toEqual([8]);
  });

  it('stays while the pointer or the focus is in it', () => {
    const line = offer();
    const rate = shown(line).querySelector('[data-testid="simkl-playback-rate"]') as HTMLElement;
    rate.dispatchEvent(new Event('pointerenter'));
    expect(line.engaged).toBe(true);
    rate.dispatchEvent(new Event('pointerleave'));
    expect(line.engaged).toBe(false);
    (rate.querySelector('[data-r="3"]') as HTMLButtonElement).dispatchEvent(
      new FocusEvent('focusin', { bubbles: true }),
    );
    expect(line.engaged).toBe(true);
  });

  it('says "saved" only once Simkl took it, and "waiting to be saved" while it is kept', () => {
    const said = (rated: RateOffer['rated']) =>
      words(shown(offer({ rated })).querySelector('[data-testid="simkl-playback-rated"]') as HTMLElement);
    expect(said({ rating: 8 })).toBe('Saving your 8…');
    expect(said({ rating: 8, outcome: 'saved' })).toBe('Rated 8 · saved');
    expect(said({ rating: 8, outcome: 'waiting' })).toBe('Rated 8 · waiting to be saved');
    expect(said({ rating: 8, outcome: 'failed' })).toBe('The rating could not be saved');
  });
});

describe('"Simkl could not tell what is playing" on the line', () => {
  it('keeps the words as they read, with a search beside them that a user’s click opens', () => {
    let asked = 0;
    const element = playbackView(
      { text: 'Simkl could not tell what is playing', find: () => (asked += 1) },
      true,
    ) as HTMLElement;
    document.body.replaceChildren(element);
    expect(words(element.querySelector('[data-testid="simkl-playback"]') as HTMLElement)).toBe(
      'Simkl could not tell what is playing',
    );
    const find = element.querySelector('[data-k="find"]') as HTMLButtonElement;
    expect(words(find)).toBe('Find it on Simkl');
    click(find, false);
    expect(asked).toBe(0);
    click(find, true);
    expect(asked).toBe(1);
  });
});
