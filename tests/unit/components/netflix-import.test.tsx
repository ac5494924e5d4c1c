import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { NetflixImport } from '../../../components/NetflixImport';
import type { ImportView, SearchResultView } from '../../../lib/messaging';
import { type FakeBackground, fakeBackground, itemView, settle, stubI18n } from '../page/helpers';

const summary = {
  viewings: 6,
  movies: 3,
  episodes: 3,
  shows: 1,
  fresh: 3,
  unmatched: ['Stranger Things: Lost', 'A Quiet Film'],
  pickable: [{ netflix: '99', kind: 'movie' as const, title: 'A Quiet Film', year: 2001, items: 1 }],
};
const PREVIEW: ImportView = { phase: 'preview', netflixTab: true, summary, plan: 'p-1' };
const QUIET: SearchResultView = { simkl: 40, type: 'movie', title: 'A Quiet Film', year: 2001 };

let root: HTMLElement;
let background: FakeBackground;

beforeEach(() => {
  stubI18n();
  root = document.createElement('div');
  document.body.replaceChildren(root);
});

afterEach(() => render(null, root));

async function show(handlers: Parameters<typeof fakeBackground>[0]) {
  background = fakeBackground(handlers);
  await act(() => render(<NetflixImport />, root));
  await settle(6);
}

async function click(selector: string) {
  await act(() => root.querySelector<HTMLElement>(selector)?.click());
  await settle(6);
}

const button = () => root.querySelector('[data-action^="import-"]:not([data-action="import-find"])');

describe('the import in the popup and the options', () => {
  it('confirms the very preview it shows, with its count', async () => {
    await show({ importState: () => PREVIEW, importStart: () => ({ phase: 'importing' }) });
    expect(button()?.textContent).toBe('Import 3 to Simkl');
    await click('[data-action="import-confirm"]');
    expect(background.callsOf('importStart')).toEqual([{ plan: 'p-1' }]);
  });

  it('finds an unmatched title on Simkl, then shows the new preview and confirms that one', async () => {
    const next: ImportView = {
      phase: 'preview',
      summary: { ...summary, fresh: 4, unmatched: ['Stranger Things: Lost'], pickable: [] },
      plan: 'p-2',
    };
    await show({
      importState: () => PREVIEW,
      matchSearch: () => [QUIET],
      setMatch: () => itemView({ simkl: 40, title: 'A Quiet Film', overridden: true }),
      importRematch: () => next,
      importStart: () => ({ phase: 'importing' }),
    });
    expect(root.querySelector('[data-testid="import-unmatched"]')?.textContent).toContain(
      'These are not imported.',
    );
    await click('[data-action="import-find"]');
    await click('[data-match="movie:40"]');
    expect(background.callsOf('setMatch')).toEqual([
      {
        media: { site: 'netflix', kind: 'movie', ids: { netflix: '99' }, title: 'A Quiet Film', year: 2001 },
        item: QUIET,
      },
    ]);
    expect(background.callsOf('importRematch')).toEqual([{ plan: 'p-1' }]);
    expect(button()?.textContent).toBe('Import 4 to Simkl');
    expect(root.querySelector('[data-action="import-find"]')).toBeNull();
    await click('[data-action="import-confirm"]');
    expect(background.callsOf('importStart')).toEqual([{ plan: 'p-2' }]);
  });

  it("says whose a waiting import is and discards it only on the user's click", async () => {
    const waiting: ImportView = {
      phase: 'waiting',
      progress: { sent: 100, total: 250 },
      waitsFor: { user: 7, name: 'Demo Watcher' },
    };
    await show({ importState: () => waiting, importDiscard: () => ({ phase: 'idle' }) });
    expect(root.querySelector('[data-testid="import-line"]')?.textContent).toBe(
      'Import paused at 100 of 250: it waits for Demo Watcher to sign in again.',
    );
    expect(background.callsOf('importDiscard')).toEqual([]);
    await click('[data-action="import-discard"]');
    expect(background.callsOf('importDiscard')).toEqual([{ user: 7 }]);
  });

  it('offers Stop import while its own import runs, and says how much was sent once stopped', async () => {
    const importing: ImportView = { phase: 'importing', progress: { sent: 40, total: 120 } };
    const stopped: ImportView = {
      phase: 'done',
      progress: { sent: 40, total: 120 },
      notFound: 0,
      stopped: true,
    };
    await show({ importState: () => importing, importStop: () => stopped });
    expect(background.callsOf('importStop')).toEqual([]);
    await click('[data-action="import-stop"]');
    expect(background.callsOf('importStop')).toEqual([{}]);
    expect(root.querySelector('[data-testid="import-line"]')?.textContent).toBe(
      'Import stopped: 40 of 120 sent',
    );
    expect(root.querySelector('[data-action="import-stop"]')).toBeNull();
  });

  it('scrolls to itself when opened by the history page\'s "Find them on Simkl" (options.html#import-heading)', async () => {
    const scrolled: string[] = [];
    const scrollIntoView = Element.prototype.scrollIntoView;
    Element.prototype.scrollIntoView = function (this: Element) {
      scrolled.push(this.getAttribute('aria-labelledby') ?? this.tagName);
    };
    location.hash = '#import-heading';
    try {
      await show({ importState: () => PREVIEW });
    } finally {
      Element.prototype.scrollIntoView = scrollIntoView;
      location.hash = '';
    }
    expect(scrolled).toEqual(['import-heading']);
  });
});
