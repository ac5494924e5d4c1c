import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { SiteAccess } from '../../../components/SiteAccess';
import { SIMKL_HOST_PERMISSIONS } from '../../../lib/hosts';
import { settle, stubI18n } from '../page/helpers';

type Listener = (permissions: { origins?: string[] }) => void;

/** The browser's permissions: everything granted but `withheld`; `request` grants or not. */
function fakePermissions(withheld: Set<string>, { grant = true } = {}) {
  const added = new Set<Listener>();
  const removed = new Set<Listener>();
  const contains = vi.fn(async ({ origins = [] }: { origins?: string[] }) =>
    origins.every((origin) => !withheld.has(origin)),
  );
  const request = vi.fn(async ({ origins = [] }: { origins?: string[] }) => {
    if (!grant) return false;
    for (const origin of origins) withheld.delete(origin);
    for (const listener of added) listener({ origins });
    return true;
  });
  const withdraw = (origins: string[]) => {
    for (const origin of origins) withheld.add(origin);
    for (const listener of removed) listener({ origins });
  };
  /** The user grants through the browser's own menus, not through our request. */
  const grantElsewhere = (origins: string[]) => {
    for (const origin of origins) withheld.delete(origin);
    for (const listener of added) listener({ origins });
  };
  const events = (set: Set<Listener>) => ({
    addListener: (listener: Listener) => set.add(listener),
    removeListener: (listener: Listener) => set.delete(listener),
  });
  Object.assign(fakeBrowser.permissions, {
    contains,
    request,
    onAdded: events(added),
    onRemoved: events(removed),
  });
  return { request, withdraw, grantElsewhere, listeners: () => added.size + removed.size };
}

let root: HTMLElement;

beforeEach(() => {
  stubI18n();
  root = document.createElement('div');
  document.body.replaceChildren(root);
});

afterEach(() => render(null, root));

async function show(always = false) {
  await act(() => render(<SiteAccess always={always} />, root));
  await settle();
}

const panel = () => root.querySelector('[data-testid="site-access"]');
const allow = () => root.querySelector<HTMLButtonElement>('[data-action="allow-access"]');
const text = () => panel()?.textContent ?? '';

describe('site access in the popup', () => {
  it('says nothing while the browser lets the extension reach every host', async () => {
    fakePermissions(new Set());
    await show();
    expect(panel()).toBeNull();
  });

  it('names the sites it cannot run on, and asks for exactly those from the click itself', async () => {
    const withheld = new Set(['https://www.imdb.com/*', 'https://www.netflix.com/*']);
    const { request } = fakePermissions(withheld);
    await show();
    expect(text()).toContain('does not let Simkl run on IMDb and Netflix');
    expect(text()).not.toContain('reach Simkl');

    await act(() => {
      allow()?.click();
      // Within the click, before any await: browsers ask the user only from inside the gesture.
      expect(request).toHaveBeenCalledWith({
        origins: ['https://www.imdb.com/*', 'https://m.imdb.com/*', 'https://www.netflix.com/*'],
      });
    });
    await settle();
    expect(root.querySelector('[data-answer]')?.getAttribute('data-answer')).toBe('granted');
    expect(text()).toContain('Access allowed. Reload');
    expect(allow()).toBeNull();
    expect(text()).not.toContain('does not let');
  });

  it('takes a grant made elsewhere while the browser asks (its own menus) as the answer', async () => {
    const { request, grantElsewhere } = fakePermissions(new Set(['https://www.netflix.com/*']));
    request.mockImplementation(() => new Promise(() => {})); // the browser's question stays open
    await show();
    await act(() => allow()?.click());
    expect(text()).toContain("Answer your browser's question");
    expect(allow()?.disabled).toBe(true);
    await act(() => grantElsewhere(['https://www.netflix.com/*']));
    await settle();
    expect(text()).toContain('Access allowed');
    expect(allow()).toBeNull();
  });

  it("says so when Simkl's own hosts are out of reach", async () => {
    fakePermissions(new Set([SIMKL_HOST_PERMISSIONS[0] ?? '']));
    await show();
    expect(text()).toContain('does not let the extension reach Simkl');
    expect(text()).not.toContain('run on');
  });

  it('keeps asking possible when the user declines', async () => {
    const { request } = fakePermissions(new Set(['https://myanimelist.net/*']), { grant: false });
    await show();
    await act(() => allow()?.click());
    await settle();
    expect(request).toHaveBeenCalledOnce();
    expect(text()).toContain('Access was not allowed');
    expect(text()).toContain('does not let Simkl run on MyAnimeList');
    expect(allow()?.disabled).toBe(false);
  });

  it('appears as soon as the user withdraws a site, and stops listening when closed', async () => {
    const { withdraw, listeners } = fakePermissions(new Set());
    await show();
    expect(panel()).toBeNull();
    await act(() => withdraw(['https://www.themoviedb.org/*']));
    await settle();
    expect(text()).toContain('does not let Simkl run on TMDB');
    expect(listeners()).toBe(2);
    await act(() => render(null, root));
    expect(listeners()).toBe(0);
  });

  it('shows nothing when the browser cannot tell', async () => {
    Object.assign(fakeBrowser.permissions, {
      contains: async () => {
        throw new Error('not implemented');
      },
    });
    await show(true);
    expect(panel()).toBeNull();
  });
});

describe('site access in the options', () => {
  it('says that every host is reachable', async () => {
    fakePermissions(new Set());
    await show(true);
    expect(text()).toMatch(/The extension can reach Simkl and IMDb, TMDB, MyAnimeList,? and Netflix\./);
    expect(allow()).toBeNull();
  });
});
