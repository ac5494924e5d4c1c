import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { DetectedMedia } from '../../../lib/media';
import type { ListedState } from '../../../lib/messaging';
import { type AddTitle, type LookupStates, startListBadges } from '../../../lib/page/badges/list-badges';
import { BADGE_ATTRIBUTE } from '../../../lib/page/badges/mount-badge';
import type { ListedTitle } from '../../../lib/sites/adapter';
import {
  fail,
  fakeBackground,
  itemView,
  keepShadowRoots,
  settle,
  stubI18n,
  userClick,
  userKey,
} from './helpers';

let shadowOf: ReturnType<typeof keepShadowRoots>;

beforeEach(() => {
  stubI18n();
  shadowOf = keepShadowRoots();
});

afterEach(() => {
  vi.restoreAllMocks();
});

const adapter = {
  listed: (_url: string, doc: Document): ListedTitle[] =>
    [...doc.querySelectorAll<HTMLAnchorElement>('a[data-id]')].map((element) => ({
      element,
      media: {
        site: 'imdb',
        ids: { imdb: element.dataset.id as string },
        ...(element.dataset.kind ? { kind: element.dataset.kind as 'movie' } : {}),
      },
    })),
};

const link = (id: string) => document.querySelector<HTMLAnchorElement>(`a[data-id=${id}]`) as HTMLElement;
const host = (id: string) => link(id).nextElementSibling;
const rootOf = (id: string) => shadowOf(host(id));
const inside = (id: string, selector: string) => rootOf(id)?.querySelector<HTMLElement>(selector) ?? null;
const badgeWords = (id: string) => {
  const badge = inside(id, '.b');
  return badge && !badge.hidden ? badge.getAttribute('data-t') : null;
};
const plusShown = (id: string) => inside(id, '.a')?.hidden === false;
const hovered = (id: string) => inside(id, '.w')?.classList.contains('h') ?? false;

/** What Tab stops at inside a root: focusable and not hidden (the "▾" is reached with the arrows). */
function tabStops(root: ShadowRoot | undefined): HTMLElement[] {
  return [...(root?.querySelectorAll<HTMLElement>('button, [tabindex]') ?? [])].filter(
    (element) => element.getAttribute('tabindex') !== '-1' && !element.closest('[hidden]'),
  );
}

function hover(element: Element): void {
  element.dispatchEvent(new MouseEvent('mouseover', { bubbles: true, composed: true }));
}

function setup(states: Record<string, ListedState>, addTitle: AddTitle) {
  document.body.innerHTML =
    '<ul><li><a data-id="tt1" data-kind="movie" href="/title/tt1/">One</a> <span class="year">1999</span></li>' +
    '<li><a data-id="tt2" href="/title/tt2/">Two</a></li><li><a data-id="tt3" href="/title/tt3/">Three</a></li></ul>';
  const lookup = vi.fn<LookupStates>(async (titles: DetectedMedia[]) => ({
    ok: true as const,
    value: titles.map((title) => states[title.ids.imdb ?? ''] ?? null),
  }));
  const add = vi.fn(addTitle);
  const badges = startListBadges(document, adapter, {
    dimCompleted: false,
    lookup,
    addTitle: add,
    frame: () => 0,
  });
  return { badges, add, lookup };
}

describe('the "+" of a title the user does not have', () => {
  it('shows inside its badge on hover of the row, and "+" adds to Plan to Watch in the same host', async () => {
    const { badges, add } = setup({ tt2: { status: 'hold', rating: null } }, async () => ({
      ok: true,
      value: itemView({ status: 'plantowatch' }),
    }));
    await settle();
    const hostOne = host('tt1');
    expect(plusShown('tt1')).toBe(true);
    expect(plusShown('tt2')).toBe(false);
    hover(link('tt2'));
    expect(hovered('tt2')).toBe(true);
    hover(document.querySelector('.year') as Element);
    expect([hovered('tt1'), hovered('tt2')]).toEqual([true, false]);
    // Closed, and quiet for the page: no root, no text; the name is inside, for assistive technology.
    expect(hostOne?.shadowRoot).toBeNull();
    expect(hostOne?.textContent).toBe('');
    expect(inside('tt1', '.p')?.getAttribute('aria-label')).toBe('Simkl: Add to Plan to Watch');
    expect(add).not.toHaveBeenCalled();
    await userClick(inside('tt1', '.p') as HTMLElement);
    expect(add).toHaveBeenCalledTimes(1);
    expect(add.mock.calls[0]?.[0].ids.imdb).toBe('tt1');
    expect(add.mock.calls[0]?.[1]).toBe('plantowatch');
    expect(badgeWords('tt1')).toBe('◷');
    expect(plusShown('tt1')).toBe(false);
    expect(host('tt1')).toBe(hostOne);
    expect(document.querySelectorAll(`[${BADGE_ATTRIBUTE}]`)).toHaveLength(3);
    badges.stop();
  });

  it('is one tab stop, as a listed badge is; arrows reach "▾", whose menu offers the lists (three for a movie)', async () => {
    const { badges, add } = setup({ tt3: { status: 'hold', rating: null } }, async (_media, status) => ({
      ok: true,
      value: itemView({ type: 'show', status, progress: { watched: 0, total: 8 } }),
    }));
    await settle();
    expect(['tt1', 'tt2', 'tt3'].map((id) => tabStops(rootOf(id)).length)).toEqual([1, 1, 1]);
    const plus = inside('tt1', '.p') as HTMLElement;
    plus.focus();
    await userKey(plus, 'ArrowRight');
    expect(rootOf('tt1')?.activeElement).toBe(inside('tt1', '.m'));
    // The pointer comes to the row to click: the "+" shows, and only what the user sees acts.
    hover(link('tt1'));
    await userClick(inside('tt1', '.m') as HTMLElement);
    const statusesOf = (id: string) =>
      [...(rootOf(id)?.querySelectorAll('[role=menuitem]') ?? [])].map((item) =>
        item.getAttribute('data-status'),
      );
    expect(statusesOf('tt1')).toEqual(['plantowatch', 'completed', 'dropped']);
    expect(inside('tt1', '.w')?.classList.contains('o')).toBe(true);

    hover(link('tt2'));
    await userClick(inside('tt2', '.m') as HTMLElement);
    expect(inside('tt1', '.w')?.classList.contains('o')).toBe(false);
    expect(inside('tt2', '.m')?.getAttribute('aria-expanded')).toBe('true');
    expect(statusesOf('tt2')).toEqual(['plantowatch', 'watching', 'completed', 'hold', 'dropped']);
    const items = [...(rootOf('tt2')?.querySelectorAll<HTMLElement>('[role=menuitem]') ?? [])];
    await userKey(items[0] as HTMLElement, 'ArrowDown');
    expect(rootOf('tt2')?.activeElement).toBe(items[1]);
    await userClick(items[1] as HTMLElement);
    expect(add.mock.calls[0]?.[1]).toBe('watching');
    await settle();
    expect(badgeWords('tt2')).toBe('▸ 0/8');
    // Focus stays in the title's badge, which now says what was chosen: still one tab stop.
    expect(rootOf('tt2')?.activeElement).toBe(inside('tt2', '.b'));
    expect(tabStops(rootOf('tt2'))).toEqual([inside('tt2', '.b')]);
    badges.stop();
  });

  it('stays shown while the pointer is on the "+" itself, where the title has no row around it', async () => {
    document.body.innerHTML =
      '<div><a data-id="tt9" href="/title/tt9/">Nine</a></div><div><a data-id="tt8" href="/title/tt8/">Eight</a></div>';
    const badges = startListBadges(document, adapter, {
      dimCompleted: false,
      lookup: async (titles) => ({ ok: true, value: titles.map(() => null) }),
      addTitle: async () => ({ ok: true, value: itemView({ status: 'plantowatch' }) }),
      frame: () => 0,
    });
    await settle();
    hover(link('tt9'));
    expect(hovered('tt9')).toBe(true);
    // Events inside the closed root reach the page's listeners retargeted to the host.
    hover(host('tt9') as Element);
    expect(hovered('tt9')).toBe(true);
    hover(link('tt8'));
    expect([hovered('tt9'), hovered('tt8')]).toEqual([false, true]);
    badges.stop();
  });

  it('takes the "+" back when the write is refused, and ignores synthetic clicks', async () => {
    const { badges, add } = setup({}, async () => ({ ok: false, error: fail('signed-out').error }));
    await settle();
    hover(link('tt3'));
    (inside('tt3', '.p') as HTMLElement).dispatchEvent(
      new MouseEvent('click', { bubbles: true, composed: true }),
    );
    expect(add).not.toHaveBeenCalled();
    await userClick(inside('tt3', '.p') as HTMLElement);
    expect(add).toHaveBeenCalledTimes(1);
    await settle();
    expect(badgeWords('tt3')).toBeNull();
    expect(plusShown('tt3')).toBe(true);
    badges.stop();
  });

  it('says why an add failed on its "+", which tries again', async () => {
    let answer: Awaited<ReturnType<AddTitle>> = { ok: false, error: fail('offline').error };
    const { badges, add } = setup({}, async () => answer);
    await settle();
    hover(link('tt3'));
    await userClick(inside('tt3', '.p') as HTMLElement);
    await settle();
    expect(inside('tt3', '.p')?.getAttribute('data-t')).toBe('!');
    expect(inside('tt3', '.p')?.getAttribute('aria-label')).toMatch(/^Not added: .+\. Try again$/);
    answer = { ok: true, value: itemView({ status: 'plantowatch' }) };
    await userClick(inside('tt3', '.p') as HTMLElement);
    await settle();
    expect(add).toHaveBeenCalledTimes(2);
    expect(badgeWords('tt3')).toBe('◷');
    badges.stop();
  });

  it('offers the search for a title Simkl does not know, instead of adding again', async () => {
    const background = fakeBackground({ openMatchSearch: () => ({ opened: true }) });
    const { badges, add } = setup({}, async () => ({ ok: false, error: fail('not-found').error }));
    await settle();
    hover(link('tt2'));
    await userClick(inside('tt2', '.p') as HTMLElement);
    await settle();
    expect(inside('tt2', '.p')?.getAttribute('aria-label')).toBe(
      "Simkl doesn't know this title: find it on Simkl",
    );
    await userClick(inside('tt2', '.p') as HTMLElement);
    await settle();
    expect(add).toHaveBeenCalledTimes(1);
    expect(background.callsOf('openMatchSearch')).toEqual([
      { media: { site: 'imdb', ids: { imdb: 'tt2' } } },
    ]);
    badges.stop();
  });

  it('marks a title added while Simkl cannot be reached as waiting to save, until it is saved', async () => {
    let view = itemView({ status: 'plantowatch', pendingWrites: 1, waiting: fail('offline').error });
    const background = fakeBackground({ status: () => view });
    const { badges } = setup({}, async () => ({ ok: true, value: view }));
    await settle();
    hover(link('tt2'));
    await userClick(inside('tt2', '.p') as HTMLElement);
    await settle();
    expect(badgeWords('tt2')).toBe('◷ •');
    expect(inside('tt2', '.b')?.getAttribute('aria-label')).toBe('Simkl: Plan to Watch, waiting to save');
    view = itemView({ status: 'plantowatch' });
    badges.refresh();
    await settle();
    expect(background.callsOf('status').length).toBeGreaterThan(0);
    expect(badgeWords('tt2')).toBe('◷');
    badges.stop();
  });
});
