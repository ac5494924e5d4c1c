import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { lazyPart } from '../../../components/lazy-part';
import { settle, stubI18n } from '../page/helpers';

let root: HTMLElement;

function Greeting({ name }: { name: string }) {
  return <p data-testid="greeting">Hello {name}</p>;
}

/** A part whose code arrives when the test says so. */
function controlled() {
  let arrive!: () => void;
  let fail!: (error: Error) => void;
  const load = vi.fn(
    () =>
      new Promise<typeof Greeting>((resolve, reject) => {
        arrive = () => resolve(Greeting);
        fail = reject;
      }),
  );
  return { load, arrive: () => arrive(), fail: (error: Error) => fail(error) };
}

beforeEach(() => {
  stubI18n();
  root = document.createElement('div');
  document.body.replaceChildren(root);
});

afterEach(() => render(null, root));

describe('a part of the popup loaded on demand', () => {
  it('says its waiting words until its code arrives, then draws itself with its props', async () => {
    const code = controlled();
    const Part = lazyPart(code.load, 'popupLoading');
    await act(() => render(<Part name="Neo" />, root));
    expect(root.textContent).toBe('Loading…');
    await act(() => code.arrive());
    await settle();
    expect(root.querySelector('[data-testid="greeting"]')?.textContent).toBe('Hello Neo');
    expect(root.textContent).not.toContain('Loading…');
  });

  it('shows nothing while it waits when it has no waiting words (a part that is empty until answered)', async () => {
    const code = controlled();
    const Part = lazyPart(code.load);
    await act(() => render(<Part name="Neo" />, root));
    expect(root.innerHTML).toBe('');
    await act(() => code.arrive());
    await settle();
    expect(root.textContent).toBe('Hello Neo');
  });

  it('fetches its code once, however often it is drawn, and draws at once after that', async () => {
    const code = controlled();
    const Part = lazyPart(code.load, 'popupLoading');
    await act(() =>
      render(
        <>
          <Part name="Neo" />
          <Part name="Trinity" />
        </>,
        root,
      ),
    );
    await act(() => code.arrive());
    await settle();
    expect(root.textContent).toBe('Hello NeoHello Trinity');
    render(null, root);
    await act(() => render(<Part name="Morpheus" />, root));
    expect(root.textContent).toBe('Hello Morpheus');
    expect(code.load).toHaveBeenCalledTimes(1);
  });

  it('says in words when its code cannot be loaded, instead of waiting for ever', async () => {
    const code = controlled();
    const Part = lazyPart(code.load, 'popupLoading');
    await act(() => render(<Part name="Neo" />, root));
    await act(() => code.fail(new Error('Failed to fetch dynamically imported module')));
    await settle();
    expect(root.querySelector('[role="alert"]')?.textContent).toBe(
      'This part could not be loaded. Close the popup and open it again.',
    );
  });
});
