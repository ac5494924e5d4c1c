import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { DetectedMedia } from '../../../lib/media';
import type { ListedState } from '../../../lib/messaging';
import { type AddTitle, type LookupStates, startListBadges } from '../../../lib/page/badges/list-badges';
import { ADD_ATTRIBUTE } from '../../../lib/page/badges/mount-add';
import { BADGE_ATTRIBUTE } from '../../../lib/page/badges/mount-badge';
import type { ListedTitle } from '../../../lib/sites/adapter';
import { fail, itemView, keepShadowRoots, settle, stubI18n, userClick, userKey } from './helpers';

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
const addHost = () => document.querySelector(`[${ADD_ATTRIBUTE}]`);
const inAdd = (selector: string) => shadowOf(addHost())?.querySelector<HTMLElement>(selector) ?? null;
const badgeWords = (id: string) =>
  shadowOf(link(id).nextElementSibling)?.querySelector('.b')?.getAttribute('data-t') ?? null;

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

describe('the "+" of an entry without a badge', () => {
  it('appears on hover of the row, not on an entry with a badge, and "+" adds to Plan to Watch', async () => {
    const { badges, add } = setup({ tt2: { status: 'hold', rating: null } }, async () => ({
      ok: true,
      value: itemView({ status: 'plantowatch' }),
    }));
    await settle();
    expect(addHost()).toBeNull();
    hover(link('tt2'));
    expect(addHost()).toBeNull();
    hover(document.querySelector('.year') as Element);
    expect(addHost()?.previousElementSibling).toBe(link('tt1'));
    // Closed, and quiet for the page: no root, no text; the name is inside, for assistive technology.
    expect(addHost()?.shadowRoot).toBeNull();
    expect(addHost()?.textContent).toBe('');
    expect(inAdd('.p')?.getAttribute('aria-label')).toBe('Simkl: Add to Plan to Watch');
    expect(add).not.toHaveBeenCalled();
    await userClick(inAdd('.p') as HTMLElement);
    expect(add).toHaveBeenCalledTimes(1);
    expect(add.mock.calls[0]?.[0].ids.imdb).toBe('tt1');
    expect(add.mock.calls[0]?.[1]).toBe('plantowatch');
    expect(badgeWords('tt1')).toBe('🕘');
    expect(addHost()).toBeNull();
    // The badge's own hover offers nothing any more.
    hover(link('tt1'));
    expect(addHost()).toBeNull();
    badges.stop();
  });

  it('follows keyboard focus, and its menu offers the lists (three for a movie, five otherwise)', async () => {
    const { badges, add } = setup({}, async (_media, status) => ({
      ok: true,
      value: itemView({ type: 'show', status, progress: { watched: 0, total: 8 } }),
    }));
    await settle();
    link('tt1').focus();
    expect(addHost()?.previousElementSibling).toBe(link('tt1'));
    await userClick(inAdd('.m') as HTMLElement);
    expect(
      [...(shadowOf(addHost())?.querySelectorAll('[role=menuitem]') ?? [])].map((item) =>
        item.getAttribute('data-status'),
      ),
    ).toEqual(['plantowatch', 'completed', 'dropped']);
    link('tt2').focus();
    expect(addHost()?.previousElementSibling).toBe(link('tt2'));
    expect(inAdd('[role=menu]')?.hidden).toBe(true);
    await userClick(inAdd('.m') as HTMLElement);
    expect(inAdd('.m')?.getAttribute('aria-expanded')).toBe('true');
    const items = [...(shadowOf(addHost())?.querySelectorAll<HTMLElement>('[role=menuitem]') ?? [])];
    expect(items.map((item) => item.getAttribute('data-status'))).toEqual([
      'plantowatch',
      'watching',
      'completed',
      'hold',
      'dropped',
    ]);
    await userKey(items[0] as HTMLElement, 'ArrowDown');
    expect(shadowOf(addHost())?.activeElement).toBe(items[1]);
    await userClick(items[1] as HTMLElement);
    expect(add.mock.calls[0]?.[1]).toBe('watching');
    await settle();
    expect(badgeWords('tt2')).toBe('▶ 0/8');
    // Focus is back on the title's link, and no "+" came back with it.
    expect(document.activeElement).toBe(link('tt2'));
    expect(addHost()).toBeNull();
    badges.stop();
    expect(addHost()).toBeNull();
  });

  it('takes the badge back when the write is refused, and ignores synthetic clicks', async () => {
    const { badges, add } = setup({}, async () => ({ ok: false, error: fail('signed-out').error }));
    await settle();
    hover(link('tt3'));
    (inAdd('.p') as HTMLElement).dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    expect(add).not.toHaveBeenCalled();
    await userClick(inAdd('.p') as HTMLElement);
    expect(add).toHaveBeenCalledTimes(1);
    await settle();
    expect(document.querySelectorAll(`[${BADGE_ATTRIBUTE}]`)).toHaveLength(0);
    badges.stop();
  });
});
