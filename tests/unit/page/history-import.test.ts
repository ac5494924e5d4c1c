import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { ImportView } from '../../../lib/messaging';
import { runHistoryImport } from '../../../lib/page/import/history-import';
import { IMPORT_ATTRIBUTE } from '../../../lib/page/import/import-panel';
import { fakeBackground, keepShadowRoots, settle, shownText, stubI18n, userClick } from './helpers';

const summary = { viewings: 6, movies: 3, episodes: 3, shows: 1, fresh: 3, unmatched: ['A Quiet Film'] };

let rootOf: ReturnType<typeof keepShadowRoots>;
let ctx: ContentScriptContext;

beforeEach(() => {
  stubI18n();
  rootOf = keepShadowRoots();
  ctx = new ContentScriptContext('test');
  document.body.replaceChildren();
});

afterEach(() => {
  ctx.abort();
  vi.restoreAllMocks();
});

async function panelButton(key: string): Promise<Element> {
  await settle(6);
  const button = rootOf(document.querySelector(`[${IMPORT_ATTRIBUTE}]`))?.querySelector(`[data-k="${key}"]`);
  if (!button) throw new Error(`no ${key} button`);
  return button;
}

describe("the import's panel on the viewing-activity page", () => {
  it('says what it will do, and its × takes it off the page without sending anything', async () => {
    const background = fakeBackground({ importState: () => ({ phase: 'idle' }) });
    await runHistoryImport(ctx, document);
    const close = await panelButton('close');
    const root = rootOf(document.querySelector(`[${IMPORT_ATTRIBUTE}]`));
    expect(shownText(root?.querySelector('[data-k="line"]') ?? null)).toMatch(
      /^Reads your Netflix viewing history/,
    );
    expect(close.getAttribute('aria-label')).toBe('Close');
    await userClick(close);
    expect(document.querySelector(`[${IMPORT_ATTRIBUTE}]`)).toBeNull();
    expect(background.callsOf('importHistory')).toEqual([]);
    expect(background.callsOf('importStart')).toEqual([]);
  });

  it('confirms the preview it shows by its id', async () => {
    const preview: ImportView = { phase: 'preview', summary, plan: 'p-1' };
    const background = fakeBackground({ importState: () => preview, importStart: () => ({ phase: 'idle' }) });
    await runHistoryImport(ctx, document);
    await userClick(await panelButton('confirm'));
    await settle(6);
    expect(background.callsOf('importStart')).toEqual([{ plan: 'p-1' }]);
  });

  it('follows the plan job its reading became, then confirms the preview it ended in', async () => {
    const planning: ImportView = { phase: 'planning', planning: { id: 'j-1', matched: 1, total: 4 } };
    const preview: ImportView = { phase: 'preview', summary, plan: 'p-1' };
    let asked = 0;
    const background = fakeBackground({
      importState: () => (++asked < 3 ? planning : preview),
      importStart: () => ({ phase: 'idle' }),
    });
    await runHistoryImport(ctx, document);
    await settle(6);
    const root = () => rootOf(document.querySelector(`[${IMPORT_ATTRIBUTE}]`));
    expect(shownText(root()?.querySelector('[data-k="line"]'))).toBe('Matching titles with Simkl: 1 of 4');
    expect(root()?.querySelector('[data-k="bar"]')?.getAttribute('value')).toBe('1');
    // The page asks again each second while the plan job matches.
    await vi.waitFor(() => expect(root()?.querySelector('[data-k="confirm"]')).not.toBeNull(), 5_000);
    await userClick(await panelButton('confirm'));
    await settle(6);
    expect(background.callsOf('importStart')).toEqual([{ plan: 'p-1' }]);
  });

  it("discards another account's waiting import, named by that account", async () => {
    const waiting: ImportView = {
      phase: 'waiting',
      progress: { sent: 100, total: 250 },
      waitsFor: { user: 7, name: 'Demo Watcher' },
    };
    const background = fakeBackground({
      importState: () => waiting,
      importDiscard: () => ({ phase: 'idle' }),
    });
    await runHistoryImport(ctx, document);
    await userClick(await panelButton('discard'));
    await settle(6);
    expect(background.callsOf('importDiscard')).toEqual([{ user: 7 }]);
  });

  it("stops its own import under way from the page's panel", async () => {
    const background = fakeBackground({
      importState: () => ({ phase: 'importing', progress: { sent: 40, total: 120 } }),
      importStop: () => ({ phase: 'done', progress: { sent: 40, total: 120 }, notFound: 0, stopped: true }),
    });
    await runHistoryImport(ctx, document);
    await userClick(await panelButton('stop'));
    await settle(6);
    expect(background.callsOf('importStop')).toEqual([{}]);
  });

  it('lists what could not be matched with a button that opens the options, where each has a search', async () => {
    const preview: ImportView = { phase: 'preview', summary, plan: 'p-1' };
    const background = fakeBackground({
      importState: () => preview,
      importFindUnmatched: () => ({ opened: true }),
    });
    await runHistoryImport(ctx, document);
    const find = await panelButton('find-unmatched');
    expect(shownText(find)).toBe('Find them on Simkl');
    const list = find.closest('[data-k="unmatched"]');
    expect(shownText(list?.querySelector('li'))).toBe('A Quiet Film');
    await userClick(find);
    await settle(6);
    expect(background.callsOf('importFindUnmatched')).toEqual([{}]);
    expect(background.callsOf('importStart')).toEqual([]);
  });
  it('asks the background nothing more once its page is left, even in the middle of a wait', async () => {
    vi.useFakeTimers();
    const background = fakeBackground({
      importState: () => ({ phase: 'importing', progress: { sent: 40, total: 120 } }),
    });
    await runHistoryImport(ctx, document);
    await vi.advanceTimersByTimeAsync(1_000);
    const asked = background.callsOf('importState').length;
    expect(asked).toBeGreaterThan(1);
    ctx.abort();
    await vi.advanceTimersByTimeAsync(5_000);
    expect(background.callsOf('importState').length).toBe(asked);
  });
});
