/**
 * The badges of a list page: every title the site's list part sees gets its state from the mirror, all
 * of a page's new titles in one message. Lists that grow (infinite scroll, SPA navigation, rows
 * loaded later) are rescanned once per animation frame while the DOM changes.
 */
import type { DetectedMedia, ListStatus } from '../../media';
import { type Answer, type ItemView, type ListedState, MAX_LISTED_TITLES, sendIntent } from '../../messaging';
import type { ListedTitle, SiteAdapter } from '../../sites/adapter';
import { type PageTheme, pageTheme } from '../ui/page-theme';
import { badgeText } from './badge-text';
import { frameBatch } from './frame-batch';
import { startListAdd } from './list-add';
import { ADD_ATTRIBUTE } from './mount-add';
import { BADGE_ATTRIBUTE, type MountedBadge, mountBadge, removeAllBadges } from './mount-badge';

export type LookupStates = (titles: DetectedMedia[]) => Promise<Answer<Array<ListedState | null>>>;
export type AddTitle = (media: DetectedMedia, status: ListStatus) => Promise<Answer<ItemView>>;

export interface ListBadgeOptions {
  dimCompleted: boolean;
  lookup?: LookupStates;
  /** The "+" of an entry the user does not have (default: setStatus through the background). */
  addTitle?: AddTitle;
  frame?: (callback: () => void) => unknown;
  /** Entries appeared (the first scan, a grown list, a list the site drew anew): after their ask. */
  onFresh?: () => void;
}

export interface ListBadges {
  /** The mirror moved: ask again for every title on the page. */
  refresh(): void;
  setDimCompleted(dim: boolean): void;
  stop(): void;
}

interface Tracked {
  media: DetectedMedia;
  badge?: MountedBadge;
  dimmed?: { element: HTMLElement; opacity: string };
  /** A "+" write is on its way: its badge shows what was chosen until the answer. */
  adding?: boolean;
}

const DIM_OPACITY = '0.45';

/** Only what the lookup needs: a page's titles and years stay in the page. */
function lookupMedia({ site, ids, kind, show }: DetectedMedia): DetectedMedia {
  const media: DetectedMedia = { site, ids };
  if (kind) media.kind = kind;
  if (show) media.show = { ids: show.ids };
  return media;
}

/** What the badge shows after a "+": the background's view of the title once written. */
function stateOfView(view: ItemView): ListedState | null {
  if (!view.status) return null;
  const state: ListedState = { status: view.status, rating: view.rating };
  if (view.type !== 'movie' && view.progress) {
    state.watched = view.progress.watched;
    if (view.progress.total !== undefined) state.total = view.progress.total;
  }
  return state;
}

const themeOf = (link: Element): PageTheme => pageTheme(link.parentElement ?? link);

const OURS = `[${BADGE_ATTRIBUTE}],[${ADD_ATTRIBUTE}]`;
const isOurs = (node: Node) => node.nodeType === 1 && (node as Element).matches(OURS);
function onlyOurs(record: MutationRecord): boolean {
  for (const node of record.addedNodes) if (!isOurs(node)) return false;
  for (const node of record.removedNodes) if (!isOurs(node)) return false;
  return true;
}

/** The row a hover over which offers an entry's "+". */
const rowOf = (element: Element): Element => element.closest('li, tr') ?? element;

/** The adapter's own list part (not findListedTitles: that would bundle every site's into each script). */
function listedTitles(adapter: Pick<SiteAdapter, 'listed'>, doc: Document): ListedTitle[] {
  try {
    return adapter.listed?.(doc.location?.href ?? '', doc) ?? [];
  } catch {
    return [];
  }
}

export function startListBadges(
  doc: Document,
  adapter: Pick<SiteAdapter, 'listed'>,
  options: ListBadgeOptions,
): ListBadges {
  const lookup: LookupStates = options.lookup ?? ((titles) => sendIntent('listStates', { titles }));
  const addTitle: AddTitle =
    options.addTitle ?? ((media, status) => sendIntent('setStatus', { media, status }));
  const tracked = new Map<Element, Tracked>();
  const rows = new WeakMap<Element, Element>();
  let dim = options.dimCompleted;
  let stopped = false;

  function setDim(entry: Tracked, element: Element, on: boolean): void {
    const row = (element.closest('li, tr') ?? element) as HTMLElement;
    if (on && !entry.dimmed && row.style) {
      entry.dimmed = { element: row, opacity: row.style.opacity };
      row.style.opacity = DIM_OPACITY;
    } else if (!on && entry.dimmed) {
      entry.dimmed.element.style.opacity = entry.dimmed.opacity;
      entry.dimmed = undefined;
    }
  }

  function show(element: Element, entry: Tracked, state: ListedState | null, theme?: PageTheme): void {
    const words = badgeText(state);
    if (!words) {
      entry.badge?.remove();
      entry.badge = undefined;
    } else {
      entry.badge ??= mountBadge(element, theme ?? themeOf(element));
      entry.badge.set(words.text, words.label);
      add.forget(element);
    }
    setDim(entry, element, dim && state?.status === 'completed');
  }

  async function ask(elements: Element[]): Promise<void> {
    for (let start = 0; start < elements.length; start += MAX_LISTED_TITLES) {
      const chunk = elements.slice(start, start + MAX_LISTED_TITLES);
      const answer = await lookup(
        chunk.map((element) => lookupMedia(tracked.get(element)?.media as DetectedMedia)),
      );
      if (stopped || !answer.ok) return;
      const states = answer.value;
      // Every style read before the first insertion: one style pass for the whole chunk, not one
      // forced recalculation per badge (a read after each insertion would lay out a 1,000-row page
      // again for every badge).
      const themes = chunk.map((element, position) =>
        states[position] && !tracked.get(element)?.badge ? themeOf(element) : undefined,
      );
      chunk.forEach((element, position) => {
        const entry = tracked.get(element);
        if (entry && !entry.adding) show(element, entry, states[position] ?? null, themes[position]);
      });
    }
  }

  function scan(): void {
    for (const [element, entry] of tracked) {
      if (element.isConnected) continue;
      entry.badge?.remove();
      tracked.delete(element);
      add.forget(element);
    }
    const fresh: Element[] = [];
    for (const { element, media } of listedTitles(adapter, doc)) {
      if (tracked.has(element)) continue;
      tracked.set(element, { media });
      rows.set(rowOf(element), element);
      fresh.push(element);
    }
    if (fresh.length === 0) return;
    void ask(fresh);
    options.onFresh?.();
  }

  async function addFromPage(element: Element, status: ListStatus): Promise<void> {
    const entry = tracked.get(element);
    if (!entry || entry.badge) return;
    entry.adding = true;
    show(element, entry, { status, rating: null });
    const answer = await addTitle(entry.media, status);
    entry.adding = false;
    if (!stopped && tracked.get(element) === entry)
      show(element, entry, answer.ok ? stateOfView(answer.value) : null);
  }

  /** The entry under the pointer or focus, when it has no badge yet. */
  function linkFor(target: Element): Element | null {
    for (let node: Element | null = target; node; node = node.parentElement) {
      const link = tracked.has(node) ? node : rows.get(node);
      if (link) return tracked.get(link)?.badge ? null : link;
    }
    return null;
  }

  const add = startListAdd(doc, {
    linkFor,
    mediaOf: (link) => tracked.get(link)?.media,
    add: (link, status) => void addFromPage(link, status),
  });
  const batch = frameBatch(scan, options.frame);
  // Our own badges going in or out are no reason to look for new entries.
  const observer = new MutationObserver((records) => {
    if (records.some((record) => !onlyOurs(record))) batch.request();
  });
  observer.observe(doc.documentElement, { childList: true, subtree: true });
  scan();

  return {
    refresh: () => void ask([...tracked.keys()]),
    setDimCompleted(next) {
      dim = next;
      void ask([...tracked.keys()]);
    },
    stop() {
      stopped = true;
      add.stop();
      batch.cancel();
      observer.disconnect();
      for (const [element, entry] of tracked) setDim(entry, element, false);
      tracked.clear();
      removeAllBadges(doc);
    },
  };
}
