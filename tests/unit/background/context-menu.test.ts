import { beforeEach, describe, expect, it } from 'vitest';
import { type ContextMenuDeps, startContextMenu } from '../../../lib/background/context-menu/context-menu';
import { createMenuClickHandler } from '../../../lib/background/context-menu/context-menu-click';
import { titleLinkPatterns } from '../../../lib/sites/title-links';
import { SITE_URL_READERS } from '../../../lib/sites/url-readers';
import { stubI18n } from '../page/helpers';

beforeEach(stubI18n);

type Entry = { id: string; parentId?: string; enabled?: boolean; targetUrlPatterns?: string[] };
type ClickListener = (info: { menuItemId: string; linkUrl?: string }, tab?: { id?: number }) => void;

/** The browser's menu registry as both browsers keep it: ids are unique, updating a missing one fails. */
function fakeMenus() {
  const entries = new Map<string, Entry>();
  const clicks: ClickListener[] = [];
  const menus = {
    create(entry: Entry, done?: () => void) {
      if (!entries.has(entry.id)) entries.set(entry.id, { enabled: true, ...entry });
      done?.();
      return entry.id;
    },
    async update(id: string, changes: Partial<Entry>) {
      const entry = entries.get(id);
      if (!entry) throw new Error(`Cannot find menu item with id ${id}`);
      Object.assign(entry, changes);
    },
    async removeAll() {
      entries.clear();
    },
    onClicked: { addListener: (listener: ClickListener) => clicks.push(listener) },
  };
  return { menus, entries, clicks };
}

function start(
  signedInAtStart: boolean,
  existing?: ReturnType<typeof fakeMenus>,
  clickHandler: ContextMenuDeps['clickHandler'] = async (deps) => createMenuClickHandler(deps),
) {
  const fake = existing ?? fakeMenus();
  let signedIn = signedInAtStart;
  const installed: Array<() => void> = [];
  const signInListeners: Array<(signedIn: boolean) => void> = [];
  const writes: string[] = [];
  const windows: unknown[] = [];
  const menu = startContextMenu({
    menus: fake.menus as unknown as ContextMenuDeps['menus'],
    onInstalled: { addListener: (listener: () => void) => installed.push(listener) },
    isSignedIn: async () => signedIn,
    onSignedInChange: (listener) => signInListeners.push(listener),
    handlers: {
      status: async () => ({ signedIn: true, known: true, status: null, rating: null, pendingWrites: 0 }),
      setStatus: async ({ status }: { status: string }) => {
        writes.push(status);
        return { signedIn: true, known: true, status, rating: null, pendingWrites: 1 };
      },
    } as unknown as ContextMenuDeps['handlers'],
    resolver: { resolve: async () => null },
    pending: {
      put: async ({ write }) => {
        windows.push(write);
        return 'id';
      },
      get: async () => null,
      take: async () => null,
    },
    openConfirm: async () => undefined,
    openTab: async () => undefined,
    clickHandler,
  });
  const signIn = (state: boolean) => {
    signedIn = state;
    for (const listener of signInListeners) listener(state);
  };
  return { ...fake, menu, installed, signIn, writes, windows };
}

const childStates = (entries: Map<string, Entry>) =>
  [...entries.values()].filter((entry) => entry.parentId === 'simkl').map((entry) => entry.enabled);

describe('the link context menu', () => {
  it('is created on install under one Simkl parent, on title links only', async () => {
    const run = start(true);
    for (const listener of run.installed) listener();
    await run.menu.settled();
    expect([...run.entries.keys()]).toEqual([
      'simkl',
      'simkl-plantowatch',
      'simkl-watching',
      'simkl-completed',
      'simkl-watched',
      'simkl-open',
    ]);
    const patterns = titleLinkPatterns(SITE_URL_READERS);
    expect([...run.entries.values()].map((entry) => entry.targetUrlPatterns)).toEqual(
      Array(6).fill(patterns),
    );
    expect(childStates(run.entries)).toEqual([true, true, true, true, true]);
    expect([...run.entries.values()].map((entry) => (entry as { title?: string }).title)).toEqual([
      'Simkl',
      'Plan to Watch',
      'Watching',
      'Completed',
      'Mark watched',
      'Open on Simkl',
    ]);
  });

  it('has its items disabled while signed out, and enabled again on sign-in', async () => {
    const run = start(false);
    for (const listener of run.installed) listener();
    await run.menu.settled();
    expect(childStates(run.entries)).toEqual([false, false, false, false, false]);
    run.signIn(true);
    await run.menu.settled();
    expect(childStates(run.entries)).toEqual([true, true, true, true, true]);
    run.signIn(false);
    await run.menu.settled();
    expect(childStates(run.entries)).toEqual([false, false, false, false, false]);
  });

  it('a woken worker finds its menu and only updates it; a missing menu is created again', async () => {
    const first = start(true);
    for (const listener of first.installed) listener();
    await first.menu.settled();
    // The worker restarts (no install event): the same registry, nothing doubled.
    const again = start(false, { ...first, clicks: [] });
    await again.menu.settled();
    expect(again.entries.size).toBe(6);
    expect(childStates(again.entries)).toEqual([false, false, false, false, false]);
    // A browser that came back without the menu (no install event either): created from nothing.
    again.entries.clear();
    const fresh = start(true, { ...first, clicks: [] });
    await fresh.menu.settled();
    expect(fresh.entries.size).toBe(6);
    // Installing twice over an existing menu leaves one of each.
    for (const listener of fresh.installed) listener();
    for (const listener of fresh.installed) listener();
    await fresh.menu.settled();
    expect(fresh.entries.size).toBe(6);
  });

  it('hears each click once, through one listener, which asks first and writes nothing', async () => {
    const run = start(true);
    expect(run.clicks).toHaveLength(1);
    run.clicks[0]?.({
      menuItemId: 'simkl-watching',
      linkUrl: 'https://myanimelist.net/anime/1535/Death_Note',
    });
    await expect.poll(() => run.windows).toEqual([{ kind: 'status', status: 'watching' }]);
    expect(run.writes).toEqual([]);
  });

  it('makes what a click does on the first click, not at start, and a click whose part fails is only dropped', async () => {
    const asked: string[] = [];
    const failing = start(true, undefined, async () => {
      asked.push('part');
      throw new Error('the part did not load');
    });
    await failing.menu.settled();
    expect(asked).toEqual([]);
    // An unhandled rejection here would fail the run (vitest reports it).
    failing.clicks[0]?.({ menuItemId: 'simkl-watching', linkUrl: 'https://www.imdb.com/title/tt0111161/' });
    await expect.poll(() => asked).toEqual(['part']);
    expect(failing.windows).toEqual([]);
  });
});
