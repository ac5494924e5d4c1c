import { describe, expect, it, vi } from 'vitest';
import type { AccountServices } from '../../../lib/background/account/account-handlers';
import { createAccountHandlers } from '../../../lib/background/account/account-handlers';

const context = { from: 'page' as const };

function services(overrides: Partial<Record<string, unknown>> = {}) {
  const session = {
    signIn: vi.fn(async () => ({ signedIn: true, mode: 'oauth2', user: { name: 'Ana' } })),
    signOut: vi.fn(async () => ({ signedIn: false, mode: 'oauth2' })),
    account: vi.fn(async () => ({ signedIn: true, mode: 'oauth2', user: { name: 'Ana' } })),
  };
  const api = {
    searchText: vi.fn(async () => [
      {
        simkl: 53536,
        type: 'movie',
        title: 'The Matrix',
        year: 1999,
        poster: '12/abc',
        ids: { simkl: 53536 },
      },
      { simkl: 7, type: 'show', title: 'No Year', ids: { simkl: 7 } },
    ]),
  };
  const library = { clear: vi.fn(async () => undefined) };
  const all = { session, api, library, ...overrides };
  return { ...all, handlers: createAccountHandlers(all as unknown as AccountServices) };
}

describe('account handlers', () => {
  it('signs in with the requested mode and answers the account', async () => {
    const { handlers, session } = services();
    const view = await handlers.signIn({ mode: 'oauth1' }, context);
    expect(session.signIn).toHaveBeenCalledWith('oauth1');
    expect(view).toEqual({ signedIn: true, mode: 'oauth2', user: { name: 'Ana' } });
  });

  it('clears the mirror on sign-out (the unsent writes wait for their own user)', async () => {
    const { handlers, library } = services();
    const view = await handlers.signOut({}, context);
    expect(view.signedIn).toBe(false);
    expect(library.clear).toHaveBeenCalledOnce();
  });

  it('searches with a trimmed query and a bounded limit, keeping only the fields the popup shows', async () => {
    const { handlers, api } = services();
    const results = await handlers.search({ query: '  matrix ', type: 'movie' }, context);
    expect(api.searchText).toHaveBeenCalledWith('movie', 'matrix', { limit: 20 });
    expect(results).toEqual([
      { simkl: 53536, type: 'movie', title: 'The Matrix', year: 1999, poster: '12/abc' },
      { simkl: 7, type: 'show', title: 'No Year' },
    ]);
  });

  it("searches all three of Simkl's libraries at once when asked for all types, merged without duplicates", async () => {
    const { handlers, api } = services();
    const results = await handlers.search({ query: 'matrix', type: 'all' }, context);
    expect(api.searchText.mock.calls.map((call) => (call as unknown[])[0]).sort()).toEqual([
      'anime',
      'movie',
      'show',
    ]);
    expect(results.map((result) => `${result.type}:${result.simkl}`)).toEqual(['movie:53536', 'show:7']);
  });

  it('lets a failed sign-in reach the router as an error', async () => {
    const { handlers } = services({
      session: { signIn: vi.fn(async () => Promise.reject(new Error('closed'))) },
    });
    await expect(handlers.signIn({}, context)).rejects.toThrow('closed');
  });
});
