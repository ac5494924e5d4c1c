import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { App } from '../../../entrypoints/options/App';
import { dateTime } from '../../../lib/i18n';
import type { CacheStatsView, ExportView } from '../../../lib/messaging';
import { DEFAULT_SETTINGS } from '../../../lib/store/settings';
import { type FakeBackground, fail, fakeBackground, settle, stubI18n } from '../page/helpers';

let root: HTMLElement;
let background: FakeBackground;
let stats: CacheStatsView;
const exported: ExportView = {
  format: 'simkl-extension-export/1',
  exportedAt: '2026-11-29T10:00:00.000Z',
  account: { signedIn: true, mode: 'oauth2', user: 'trinity' },
  settings: { ...DEFAULT_SETTINGS },
  sync: { lastSyncAt: '2026-11-29T09:00:00.000Z' },
  library: [
    { type: 'movie', ids: { simkl: 1 }, title: 'The Matrix', status: 'completed', rating: 9 },
    { type: 'show', ids: { simkl: 2 }, title: 'Doctor Who', status: 'watching', rating: null },
  ],
  pendingWrites: [],
  overrides: [],
};
let blobs: Blob[];

beforeEach(() => {
  stubI18n();
  stats = {
    images: { count: 12, bytes: 348_160 },
    calendar: { files: 3, entries: 1200 },
    resolve: { entries: 40 },
    scores: { titles: 12 },
    catalogue: { titles: 5 },
  };
  background = fakeBackground({
    account: () => ({ signedIn: true, mode: 'oauth2', user: { name: 'trinity' } }),
    syncStatus: () => ({ lastSyncAt: '2026-11-29T09:00:00Z' }),
    cacheStats: () => stats,
    clearCaches: () =>
      (stats = {
        images: { count: 0, bytes: 0 },
        calendar: { files: 0, entries: 0 },
        resolve: { entries: 0 },
        scores: { titles: 0 },
        catalogue: { titles: 0 },
      }),
    exportData: () => exported,
  });
  blobs = [];
  vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
    blobs.push(blob as Blob);
    return `blob:options/${blobs.length}`;
  });
  vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
  root = document.createElement('div');
  document.body.replaceChildren(root);
});

afterEach(() => {
  render(null, root);
  vi.restoreAllMocks();
});

async function open() {
  await act(() => render(<App />, root));
  await settle(6);
}
const $ = <E extends Element = HTMLElement>(selector: string) => root.querySelector<E>(selector);
const click = async (selector: string) => {
  await act(() => $<HTMLButtonElement>(selector)!.click());
  await settle();
};

describe('sync', () => {
  it('shows the last sync time on opening, without syncing', async () => {
    await open();
    expect(background.callsOf('syncStatus')).toHaveLength(1);
    expect(background.callsOf('syncNow')).toHaveLength(0);
    expect($('[data-testid="last-sync"]')?.textContent).toBe(
      `Last sync: ${dateTime('2026-11-29T09:00:00Z')}`,
    );
    expect($('[data-testid="sync-skipped"]')).toBeNull();
  });

  it('says how many titles from Simkl could not be read', async () => {
    background.handlers.syncStatus = () => ({ lastSyncAt: '2026-11-29T09:00:00Z', skipped: 2 });
    await open();
    expect($('[data-testid="sync-skipped"]')?.textContent).toBe(
      '2 titles from Simkl could not be read and are left out here',
    );
  });
});

describe('caches', () => {
  it('shows what each cache holds and clears them', async () => {
    await open();
    expect($('[data-cache="images"]')?.textContent).toBe('Posters: 12 (340 kB)');
    expect($('[data-cache="calendar"]')?.textContent).toBe('Calendar files: 3 (1200 airings)');
    expect($('[data-cache="resolve"]')?.textContent).toBe('Title lookups: 40');
    expect($('[data-cache="scores"]')?.textContent).toBe('Simkl scores: 12');
    expect($('[data-cache="catalogue"]')?.textContent).toBe('Episode lists: 5');
    await click('[data-action="clear-caches"]');
    expect(background.callsOf('clearCaches')).toEqual([{}]);
    expect($('[data-cache="images"]')?.textContent).toBe('Posters: 0 (0 kB)');
    expect($('[data-action="clear-caches"]')?.getAttribute('aria-describedby')).toBe('caches-help');
  });

  it('explains a failure', async () => {
    background.handlers.cacheStats = () => fail('internal');
    await open();
    expect($('[role="alert"]')?.textContent).toBe('Something went wrong in the extension. Please try again.');
  });
});

describe('export', () => {
  it('downloads the JSON through a blob link and keeps the link for another download', async () => {
    const clicks: string[] = [];
    const clickSpy = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
      this: HTMLAnchorElement,
    ) {
      clicks.push(`${this.download} ${this.href}`);
    });
    await open();
    await click('[data-action="export"]');
    expect(background.callsOf('exportData')).toEqual([{}]);
    expect(clicks).toEqual(['simkl-extension-export-2026-11-29.json blob:options/1']);
    expect(blobs[0]?.type).toBe('application/json');
    expect(JSON.parse(await blobs[0]!.text())).toEqual(exported);
    const link = $<HTMLAnchorElement>('[data-testid="export-link"]');
    expect(link?.getAttribute('href')).toBe('blob:options/1');
    expect(link?.getAttribute('download')).toBe('simkl-extension-export-2026-11-29.json');
    expect($('[data-testid="export-count"]')?.textContent).toBe('2 titles exported.');
    clickSpy.mockRestore();
  });

  it('says why an export failed', async () => {
    background.handlers.exportData = () => fail('internal');
    await open();
    await click('[data-action="export"]');
    expect($('[data-testid="export-link"]')).toBeNull();
    expect(
      root.querySelector('#export-heading')?.parentElement?.querySelector('[role="alert"]')?.textContent,
    ).toBe('Something went wrong in the extension. Please try again.');
  });
});
