import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { MatchOverrides } from '../../../components/MatchOverrides';
import { MatchSearch } from '../../../components/MatchSearch';
import { MatchWindow } from '../../../components/MatchWindow';
import type { DetectedMedia } from '../../../lib/media';
import type { MatchOverrideView, SearchResultView } from '../../../lib/messaging';
import { type FakeBackground, fakeBackground, itemView, settle, stubI18n } from '../page/helpers';

const OFFICE: DetectedMedia = {
  site: 'imdb',
  kind: 'show',
  ids: { imdb: 'tt0386676' },
  title: 'The Office',
  year: 2005,
};
const RESULTS: SearchResultView[] = [
  { simkl: 1, type: 'show', title: 'The Office', year: 2005 },
  { simkl: 2, type: 'show', title: 'The Office', year: 2001 },
];
const OVERRIDE: MatchOverrideView = {
  key: 'imdb:tt0386676',
  site: 'imdb',
  pageId: 'tt0386676',
  item: { type: 'show', ids: { simkl: 1 }, title: 'The Office', year: 2005 },
  at: '2026-12-01T10:00:00.000Z',
};

let root: HTMLElement;
let background: FakeBackground;
let overrides: MatchOverrideView[];

beforeEach(() => {
  stubI18n();
  overrides = [OVERRIDE];
  background = fakeBackground({
    matchSearch: () => RESULTS,
    setMatch: ({ item }) =>
      itemView({ simkl: item.simkl, title: item.title, year: item.year, type: item.type, overridden: true }),
    status: () => itemView({ title: 'Pulp Fiction', year: 1994 }),
    matchOverrides: () => overrides,
    removeMatchOverride: ({ key }) => (overrides = overrides.filter((override) => override.key !== key)),
  });
  root = document.createElement('div');
  document.body.replaceChildren(root);
});

afterEach(() => render(null, root));

async function show(node: preact.ComponentChild) {
  await act(() => render(node, root));
  await settle(6);
}

async function click(selector: string) {
  await act(() => root.querySelector<HTMLElement>(selector)?.click());
  await settle(6);
}

describe('the match search', () => {
  it("searches at once with the page's title and year, and stores the chosen item", async () => {
    await show(<MatchSearch media={OFFICE} query="The Office" year={2005} />);
    expect(background.callsOf('matchSearch')).toEqual([{ query: 'The Office', year: 2005 }]);
    expect(root.querySelector<HTMLInputElement>('input[type="search"]')?.value).toBe('The Office');
    expect([...root.querySelectorAll('.results li .grow')].map((row) => row.textContent)).toEqual([
      'The Office (2005 · TV)',
      'The Office (2001 · TV)',
    ]);
    await click('[data-match="show:2"]');
    expect(background.callsOf('setMatch')).toEqual([{ media: OFFICE, item: RESULTS[1] }]);
    expect(root.querySelector('[data-testid="match-chosen"]')?.textContent).toContain('The Office');
  });

  it('shows the answer to the search last asked, even when the first search answers after it', async () => {
    let answerFirst: (results: SearchResultView[]) => void = () => {};
    const parks: SearchResultView = { simkl: 3, type: 'show', title: 'Parks and Recreation', year: 2009 };
    background.handlers.matchSearch = ({ query }) =>
      query === 'The Office'
        ? new Promise<SearchResultView[]>((resolve) => {
            answerFirst = resolve;
          })
        : [parks];
    await show(<MatchSearch media={OFFICE} query="The Office" />);
    const input = root.querySelector('input[type="search"]') as HTMLInputElement;
    await act(() => {
      input.value = 'Parks and Recreation';
      input.dispatchEvent(new Event('input', { bubbles: true }));
    });
    await click('button[type="submit"]');
    expect([...root.querySelectorAll('.results li .grow')].map((row) => row.textContent)).toEqual([
      'Parks and Recreation (2009 · TV)',
    ]);
    // The page's own title's search, asked first, answers last: what the user asked for stays.
    await act(() => answerFirst(RESULTS));
    await settle(6);
    expect([...root.querySelectorAll('.results li .grow')].map((row) => row.textContent)).toEqual([
      'Parks and Recreation (2009 · TV)',
    ]);
  });

  it("the match window reads the page's media from its address and says the current match", async () => {
    await show(<MatchWindow param={JSON.stringify(OFFICE)} />);
    expect(root.querySelector('[data-testid="matched-as-text"]')?.textContent).toBe(
      'Matched as: Pulp Fiction (1994 · Movie)',
    );
    expect(background.callsOf('matchSearch')).toEqual([{ query: 'The Office', year: 2005 }]);
    await show(<MatchWindow param="not json" />);
    expect(root.textContent).toContain("No title to match: open this from a title's page.");
  });

  it('says the new match at once after a choice, then closes its own window', async () => {
    fakeBrowser.windows.getCurrent = vi.fn(async () => ({ id: 7 }) as never);
    fakeBrowser.windows.remove = vi.fn(async () => {});
    await show(<MatchWindow param={JSON.stringify(OFFICE)} />);
    await click('[data-match="show:2"]');
    expect(root.querySelector('[data-testid="matched-as-text"]')?.textContent).toBe(
      'Matched as: The Office (2001 · TV)',
    );
    expect(fakeBrowser.windows.remove).not.toHaveBeenCalled();
    await vi.waitFor(() => expect(fakeBrowser.windows.remove).toHaveBeenCalledWith(7), { timeout: 3_000 });
  });
});

describe('the corrected matches in the options', () => {
  it('lists each override (site, page id → title) and removes one', async () => {
    await show(<MatchOverrides revision={0} />);
    expect(root.querySelector('[data-override="imdb:tt0386676"]')?.textContent).toContain(
      'imdb tt0386676 → The Office (2005 · TV)',
    );
    await click('[data-action="remove-override"]');
    expect(background.callsOf('removeMatchOverride')).toEqual([{ key: 'imdb:tt0386676' }]);
    expect(root.querySelector('[data-override]')).toBeNull();
    expect(root.textContent).toContain('None yet.');
  });
});
