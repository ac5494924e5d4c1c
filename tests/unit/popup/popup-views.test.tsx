import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { App } from '../../../entrypoints/popup/App';
import type { DetectedMedia } from '../../../lib/media';
import type { ItemView, UpcomingView } from '../../../lib/messaging';
import { type FakeBackground, fakeBackground, itemView, settle, stubI18n, userKey } from '../page/helpers';
import { loadPopupParts } from './parts';

const DOCTOR_WHO: DetectedMedia = {
  site: 'imdb',
  kind: 'show',
  ids: { imdb: 'tt0436992' },
  title: 'Doctor Who',
};
const JOURNEYS_END: DetectedMedia = {
  site: 'imdb',
  kind: 'episode',
  ids: { imdb: 'tt1205438' },
  show: { ids: { imdb: 'tt0436992' }, title: 'Doctor Who' },
  season: 4,
  episode: 13,
};
const DUNGEON: DetectedMedia = {
  site: 'netflix',
  kind: 'episode',
  ids: { netflix: '81649856' },
  show: { ids: { netflix: '81648953' }, title: 'Delicious in Dungeon' },
  season: 1,
  episode: 3,
};

let root: HTMLElement;
let background: FakeBackground;
let view: ItemView;
let upcoming: UpcomingView;
let tabMedia: DetectedMedia | null;

type Tab = { id: number; url: string };
function tabs(active: Tab, others: Tab[] = []) {
  const full = (tab: Tab) => ({
    ...tab,
    index: 0,
    highlighted: true,
    active: true,
    pinned: false,
    incognito: false,
  });
  vi.spyOn(fakeBrowser.tabs, 'query').mockResolvedValue([full(active)]);
  vi.spyOn(fakeBrowser.tabs, 'get').mockImplementation(async (id: number) => {
    const found = [active, ...others].find((tab) => tab.id === id);
    if (!found) throw new Error(`No tab with id: ${id}.`);
    return full(found);
  });
}

beforeAll(loadPopupParts);

beforeEach(() => {
  stubI18n();
  view = itemView({
    type: 'show',
    title: 'Doctor Who',
    year: 2005,
    status: 'watching',
    progress: { watched: 12, total: 40, next: 'S02E05' },
  });
  upcoming = { signedIn: true, days: 7, entries: [] };
  tabMedia = DOCTOR_WHO;
  background = fakeBackground({
    status: () => view,
    account: () => ({ signedIn: true, mode: 'oauth2', user: { name: 'neo' } }),
    pending: () => ({ pending: 0, failed: 0, writes: [] }),
    syncNow: () => ({}),
    markWatched: () => view,
    checkin: () => view,
    upcoming: () => upcoming,
    poster: () => ({ dataUrl: 'data:image/webp;base64,AA==' }),
  });
  tabs({ id: 7, url: 'https://www.imdb.com/title/tt0436992/' });
  (fakeBrowser.tabs as { sendMessage: unknown }).sendMessage = vi.fn(async () => ({ media: tabMedia }));
  root = document.createElement('div');
  document.body.replaceChildren(root);
});

afterEach(() => {
  render(null, root);
  vi.restoreAllMocks();
  history.replaceState(null, '', '/');
});

async function open() {
  await act(() => render(<App />, root));
  await settle(8);
}

const $ = <E extends Element = HTMLElement>(selector: string) => root.querySelector<E>(selector);
const click = async (selector: string) => {
  await act(() => $(selector)!.click());
  await settle();
};

describe('the tab the popup is about', () => {
  it('is the tab named by ?tab= when the popup was opened as a page of its own', async () => {
    history.replaceState(null, '', '/popup.html?tab=42');
    tabs({ id: 3, url: 'chrome-extension://id/popup.html?tab=42' }, [
      { id: 42, url: 'https://www.imdb.com/title/tt0436992/' },
    ]);
    await open();
    expect(fakeBrowser.tabs.sendMessage).toHaveBeenCalledWith(42, { type: 'simkl-current-media' });
    expect($('[data-testid="item-title"]')?.textContent).toBe('Doctor Who (2005)');
  });

  it('asks the named tab for its title at once, without waiting for the browser to confirm the tab', async () => {
    history.replaceState(null, '', '/popup.html?tab=42');
    let confirm!: () => void;
    const confirmed = new Promise<void>((resolve) => {
      confirm = resolve;
    });
    const tab = {
      id: 42,
      url: 'https://www.imdb.com/title/tt0436992/',
      index: 0,
      highlighted: true,
      active: true,
      pinned: false,
      incognito: false,
    };
    vi.spyOn(fakeBrowser.tabs, 'get').mockImplementation(() => confirmed.then(() => tab));
    await act(() => render(<App />, root));
    await settle(2);
    expect(fakeBrowser.tabs.sendMessage).toHaveBeenCalledWith(42, { type: 'simkl-current-media' });
    confirm();
    await settle(8);
    expect($('[data-testid="item-title"]')?.textContent).toBe('Doctor Who (2005)');
  });

  it('is the active tab when ?tab= names no real tab', async () => {
    history.replaceState(null, '', '/popup.html?tab=999');
    await open();
    expect(fakeBrowser.tabs.sendMessage).toHaveBeenCalledWith(7, { type: 'simkl-current-media' });
  });

  it('ignores a ?tab= that is not a tab id', async () => {
    history.replaceState(null, '', '/popup.html?tab=7;alert(1)');
    await open();
    expect(fakeBrowser.tabs.get).not.toHaveBeenCalled();
    expect(fakeBrowser.tabs.sendMessage).toHaveBeenCalledWith(7, { type: 'simkl-current-media' });
  });
});

describe('mark watched for a show', () => {
  it('offers the next episode and sends it with the "next" scope', async () => {
    await open();
    expect($('[data-action="watched-next"]')?.textContent).toBe('Mark S2E5 watched');
    expect($('[data-action="watched"]')).toBeNull();
    await click('[data-action="watched-next"]');
    expect(background.callsOf('markWatched')).toEqual([{ media: DOCTOR_WHO, scope: 'next' }]);
  });

  it('shows when the next episode airs, and offers no click for an episode not out yet', async () => {
    view = {
      ...view,
      progress: { watched: 40, total: 42, next: 'S03E01', nextAirsAt: '2099-01-02T02:00:00Z' },
    };
    await open();
    expect($('[data-testid="item-next"]')?.textContent).toMatch(/^Next: S3E1, airs .+/);
    expect($('[data-action="watched-next"]')).toBeNull();
  });

  it("marks this page's episode on an episode page", async () => {
    tabMedia = JOURNEYS_END;
    await open();
    expect($('[data-action="watched"]')?.textContent).toBe('Mark S4E13 watched');
    await click('[data-action="watched"]');
    expect(background.callsOf('markWatched')).toEqual([{ media: JOURNEYS_END, scope: 'episode' }]);
  });

  it("offers one mark for an anime's episode that is also its next one (E21 on MAL, S1E21 from Simkl)", async () => {
    tabMedia = {
      site: 'mal',
      kind: 'episode',
      ids: { mal: '52701' },
      show: { ids: { mal: '52701' } },
      episode: 21,
    };
    view = { ...view, type: 'anime', progress: { watched: 20, total: 24, next: 'S01E21' } };
    await open();
    expect($('[data-action="watched"]')?.textContent).toBe('Mark E21 watched');
    expect($('[data-action="watched-next"]')).toBeNull();
  });

  it('marks the whole show only after the user confirms, and Cancel sends nothing', async () => {
    await open();
    await click('[data-action="watched-show"]');
    expect(root.textContent).toContain('Mark every episode of Doctor Who watched?');
    expect(document.activeElement?.getAttribute('data-action')).toBe('watched-show-confirm');
    await click('[data-action="watched-show-cancel"]');
    expect(background.callsOf('markWatched')).toEqual([]);
    await click('[data-action="watched-show"]');
    await click('[data-action="watched-show-confirm"]');
    expect(background.callsOf('markWatched')).toEqual([{ media: DOCTOR_WHO, scope: 'show' }]);
    expect($('[data-action="watched-show-confirm"]')).toBeNull();
  });

  it('offers "Check in" on the Netflix player only', async () => {
    await open();
    expect($('[data-action="checkin"]')).toBeNull();
    render(null, root);
    tabMedia = DUNGEON;
    tabs({ id: 7, url: 'https://www.netflix.com/watch/81649856?trackId=1' });
    await open();
    expect($('[data-action="checkin"]')?.getAttribute('aria-describedby')).toBe('checkin-help');
    await click('[data-action="checkin"]');
    expect(background.callsOf('checkin')).toEqual([{ media: DUNGEON }]);
  });
});

describe('the Upcoming tab', () => {
  beforeEach(() => {
    const now = new Date();
    const today = new Date(now.getFullYear(), now.getMonth(), now.getDate(), 23, 30).toISOString();
    const inTwoDays = new Date(now.getFullYear(), now.getMonth(), now.getDate() + 2, 21).toISOString();
    upcoming = {
      signedIn: true,
      days: 7,
      entries: [
        { simkl: 9200037, type: 'show', title: 'House of the Dragon', airsAt: today, season: 3, episode: 2 },
        {
          simkl: 38636,
          type: 'anime',
          title: 'One Piece',
          airsAt: inTwoDays,
          season: 1,
          episode: 1151,
          poster: '38/38a',
        },
        { simkl: 9100101, type: 'movie', title: 'A Planned Film', airsAt: inTwoDays },
      ],
    };
  });

  it('asks for the list only when opened, and groups it by day', async () => {
    await open();
    expect(background.callsOf('upcoming')).toEqual([]);
    await click('#tab-upcoming');
    expect(background.callsOf('upcoming')).toEqual([{}]);
    expect($('#tab-upcoming')?.getAttribute('aria-selected')).toBe('true');
    expect($<HTMLElement>('#panel-page')?.hidden).toBe(true);
    const days = [...root.querySelectorAll('.upcoming h3')].map((heading) => heading.textContent);
    expect(days[0]).toBe('Today');
    expect(days).toHaveLength(2);
    const rows = [...root.querySelectorAll('.upcoming li')].map((row) => row.textContent);
    expect(rows[0]).toContain('House of the Dragon');
    expect(rows[0]).toContain('S3E2');
    expect(rows[1]).toContain('E1151');
    expect(rows[1]).not.toContain('S1E1151');
    expect(rows[2]).toContain('Release');
    expect(background.callsOf('poster')).toContainEqual({ path: '38/38a', size: 's' });
  });

  it('moves between tabs with the arrow keys', async () => {
    await open();
    await userKey($('#tab-page')!, 'ArrowRight');
    expect($('#tab-upcoming')?.getAttribute('aria-selected')).toBe('true');
    expect(document.activeElement?.id).toBe('tab-upcoming');
    expect($('#tab-upcoming')?.getAttribute('tabindex')).toBe('0');
    expect($('#tab-page')?.getAttribute('tabindex')).toBe('-1');
    await userKey($('#tab-upcoming')!, 'Home');
    expect($('#tab-page')?.getAttribute('aria-selected')).toBe('true');
  });

  it('says so when nothing airs, and when signed out', async () => {
    upcoming = { signedIn: true, days: 7, entries: [] };
    await open();
    await click('#tab-upcoming');
    expect(root.textContent).toContain('Nothing airs in the next 7 days');
    render(null, root);
    upcoming = { signedIn: false, days: 7, entries: [] };
    await open();
    await click('#tab-upcoming');
    expect(root.textContent).toContain('Sign in to see upcoming episodes');
  });
});

describe('the tabs', () => {
  it('each control a panel the popup has, labelled by the tab, shown while it is selected', async () => {
    await open();
    const tabs = [...root.querySelectorAll<HTMLElement>('[role="tab"]')];
    expect(tabs).toHaveLength(3);
    for (const tab of tabs) {
      await click(`#${tab.id}`);
      const panel = root.querySelector<HTMLElement>(`#${tab.getAttribute('aria-controls')}`);
      expect(panel?.getAttribute('role')).toBe('tabpanel');
      expect(panel?.getAttribute('aria-labelledby')).toBe(tab.id);
      expect(panel?.hidden).toBe(false);
    }
  });
});
