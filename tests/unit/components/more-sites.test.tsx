import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { MoreSites } from '../../../components/MoreSites';
import { OptionalSiteNotice } from '../../../components/OptionalSiteNotice';
import { settle, stubI18n } from '../page/helpers';

const LETTERBOXD = ['https://letterboxd.com/*'];

/** The browser's optional permissions in memory: what it holds, what it answers a request, its events. */
function fakePermissions(answer: boolean) {
  const granted = new Set<string>();
  const listeners = new Set<() => void>();
  const event = {
    addListener: (fn: () => void) => listeners.add(fn),
    removeListener: (fn: () => void) => listeners.delete(fn),
  };
  const fire = () => {
    for (const listener of listeners) listener();
  };
  const api = {
    contains: vi.fn(async ({ origins }: { origins: string[] }) =>
      origins.every((origin) => granted.has(origin)),
    ),
    request: vi.fn(async ({ origins }: { origins: string[] }) => {
      if (answer) for (const origin of origins) granted.add(origin);
      if (answer) fire();
      return answer;
    }),
    remove: vi.fn(async ({ origins }: { origins: string[] }) => {
      for (const origin of origins) granted.delete(origin);
      fire();
      return true;
    }),
    onAdded: event,
    onRemoved: event,
  };
  Object.assign(fakeBrowser.permissions, api);
  return {
    api,
    /** The user changes the site's access in the browser's own UI. */
    browserUi(grant: boolean) {
      for (const origin of LETTERBOXD) grant ? granted.add(origin) : granted.delete(origin);
      fire();
    },
  };
}

let root: HTMLElement;
beforeEach(() => {
  stubI18n();
  root = document.createElement('div');
  document.body.replaceChildren(root);
});
afterEach(() => render(null, root));

const toggle = () => root.querySelector<HTMLInputElement>('input[data-optional-site="letterboxd"]')!;

async function click(element: HTMLElement) {
  await act(() => element.click());
  await settle();
}

describe('More sites in the options', () => {
  it('shows Letterboxd off until turned on; the click asks the browser for letterboxd.com at once', async () => {
    const { api } = fakePermissions(true);
    await act(() => render(<MoreSites />, root));
    await settle();
    expect(root.textContent).toContain('More sites');
    expect(toggle().checked).toBe(false);
    await act(() => toggle().click());
    // Within the click: nothing awaited before the request (browsers ask only from the gesture).
    expect(api.request).toHaveBeenCalledWith({ origins: LETTERBOXD });
    await settle();
    expect(toggle().checked).toBe(true);
  });

  it('says the browser did not give access, and stays off', async () => {
    fakePermissions(false);
    await act(() => render(<MoreSites />, root));
    await settle();
    await click(toggle());
    expect(toggle().checked).toBe(false);
    expect(root.querySelector('[data-answer="denied"]')?.textContent).toBe(
      'Your browser did not give access to Letterboxd, so it stays off.',
    );
  });

  it('turned off, gives the access back', async () => {
    const { api, browserUi } = fakePermissions(true);
    browserUi(true);
    await act(() => render(<MoreSites />, root));
    await settle();
    expect(toggle().checked).toBe(true);
    await click(toggle());
    expect(api.remove).toHaveBeenCalledWith({ origins: LETTERBOXD });
    expect(toggle().checked).toBe(false);
  });

  it("follows access granted or withdrawn in the browser's own UI", async () => {
    const { browserUi } = fakePermissions(true);
    await act(() => render(<MoreSites />, root));
    await settle();
    browserUi(true);
    await settle();
    expect(toggle().checked).toBe(true);
    browserUi(false);
    await settle();
    expect(toggle().checked).toBe(false);
  });
});

describe("the popup's notice on an optional site", () => {
  it('on a Letterboxd tab while it is off: "Simkl can work on Letterboxd" with Turn on', async () => {
    const { api } = fakePermissions(true);
    await act(() => render(<OptionalSiteNotice url="https://letterboxd.com/films/popular/" />, root));
    await settle();
    expect(root.querySelector('[data-testid="optional-site"] p')?.textContent).toBe(
      'Simkl can work on Letterboxd',
    );
    await click(root.querySelector<HTMLButtonElement>('[data-action="turn-on-site"]')!);
    expect(api.request).toHaveBeenCalledWith({ origins: LETTERBOXD });
    expect(root.querySelector('[role="status"]')?.textContent).toBe(
      'Turned on. Reload the page to see Simkl on it.',
    );
  });

  it('says nothing on a site that is on, nor on any other site', async () => {
    const { browserUi } = fakePermissions(true);
    browserUi(true);
    await act(() => render(<OptionalSiteNotice url="https://letterboxd.com/film/inception/" />, root));
    await settle();
    expect(root.innerHTML).toBe('');
    await act(() => render(<OptionalSiteNotice url="https://www.imdb.com/title/tt0133093/" />, root));
    await settle();
    expect(root.innerHTML).toBe('');
  });
});
