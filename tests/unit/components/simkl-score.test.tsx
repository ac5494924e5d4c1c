import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SimklScore } from '../../../components/SimklScore';
import type { DetectedMedia } from '../../../lib/media';
import { type FakeBackground, fail, fakeBackground, settle, stubI18n } from '../page/helpers';

const OFFICE: DetectedMedia = { site: 'imdb', kind: 'show', ids: { imdb: 'tt0386676' }, title: 'The Office' };
let root: HTMLElement;
let background: FakeBackground;

beforeEach(() => {
  stubI18n();
  background = fakeBackground({
    score: () => ({ rating: 8.4, votes: 12345, url: 'https://simkl.com/tv/1234/the-office' }),
  });
  root = document.createElement('div');
  document.body.replaceChildren(root);
});

afterEach(() => render(null, root));

describe("the popup's Simkl score", () => {
  it('shows the score with its votes, linked to the title on Simkl', async () => {
    await act(() => render(<SimklScore media={OFFICE} simkl={1234} />, root));
    await settle(3);
    const link = root.querySelector<HTMLAnchorElement>('[data-testid="simkl-score"] a')!;
    expect(link.textContent).toBe('Simkl 8.4 · 12,345 votes');
    expect(link.href).toBe('https://simkl.com/tv/1234/the-office');
    expect(background.callsOf('score')).toEqual([{ media: OFFICE, simkl: 1234 }]);
  });

  it("asks by the page's ids when the Simkl id is unknown (signed out)", async () => {
    background.handlers.score = () => ({ rating: 7 });
    await act(() => render(<SimklScore media={OFFICE} />, root));
    await settle(3);
    expect(root.textContent).toBe('Simkl 7.0');
    expect(background.callsOf('score')).toEqual([{ media: OFFICE }]);
  });

  it('shows nothing when Simkl has no score or the request failed', async () => {
    background.handlers.score = () => null;
    await act(() => render(<SimklScore media={OFFICE} simkl={1} />, root));
    await settle(3);
    expect(root.innerHTML).toBe('');
    background.handlers.score = () => fail('offline');
    await act(() => render(<SimklScore media={OFFICE} simkl={2} />, root));
    await settle(3);
    expect(root.innerHTML).toBe('');
    expect(background.callsOf('score')).toHaveLength(2);
  });
});
