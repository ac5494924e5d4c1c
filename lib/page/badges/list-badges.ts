/**
 * The badges of a list page: every title the site's list part sees gets a badge, its state from the
 * mirror, all of a page's new titles in one message. Lists that grow (infinite scroll, SPA
 * navigation, rows loaded later) are rescanned once per animation frame while the DOM changes.
 * A page script must learn nothing from them (docs/architecture.md, List badges): every title's
 * badge goes in at once, after the answer, listed or not, and nothing outside its root changes.
 */
import { t } from '../../i18n';
import type { DetectedMedia, ListStatus } from '../../media';
import { LIST_STATUSES, MOVIE_STATUSES } from '../../media';
import { type Answer, type ListedState, MAX_LISTED_TITLES, sendIntent } from '../../messaging';
import type { ListedTitle, SiteAdapter } from '../../sites/adapter';
import { followPageTheme } from '../ui/follow-page-theme';
import { badgeText } from './badge-text';
import { frameBatch } from './frame-batch';
import { followHover } from './hover-follow';
import { type AddTitle, createListAdd, type EntryState, failureText } from './list-add';
import {
  BADGE_ATTRIBUTE,
  type BadgeView,
  createBadge,
  type MountedBadge,
  removeAllBadges,
} from './mount-badge';
import { themesOf } from './themes';

export type { AddTitle } from './list-add';
export type LookupStates = (titles: DetectedMedia[]) => Promise<Answer<Array<ListedState | null>>>;

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

interface Tracked extends EntryState {
  badge?: MountedBadge;
}

/** Only what the lookup needs: a page's titles and years stay in the page. */
function lookupMedia({ site, ids, kind, show }: DetectedMedia): DetectedMedia {
  const media: DetectedMedia = { site, ids };
  if (kind) media.kind = kind;
  if (show) media.show = { ids: show.ids };
  return media;
}

/** Movies take three of the five lists (Simkl's rule); a title of unknown kind is offered all five. */
const statusesFor = (media: DetectedMedia): readonly ListStatus[] =>
  media.kind === 'movie' ? MOVIE_STATUSES : LIST_STATUSES;

const isOurs = (node: Node) => node.nodeType === 1 && (node as Element).hasAttribute(BADGE_ATTRIBUTE);
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
  /** Events inside a badge reach the page's listeners retargeted to its host. */
  const byHost = new WeakMap<Element, MountedBadge>();
  const frame = options.frame ?? ((callback: () => void) => requestAnimationFrame(callback));
  let dim = options.dimCompleted;
  let stopped = false;

  function viewOf(state: ListedState | null, waiting?: boolean): BadgeView | null {
    const words = badgeText(state);
    if (!words) return null;
    const dimmed = dim && state?.status === 'completed';
    if (!waiting) return { ...words, dimmed };
    return { text: `${words.text} •`, label: `${words.label}, ${t('badgeWaiting')}`, dimmed };
  }

  function show(entry: Tracked, state: ListedState | null): void {
    entry.state = state;
    entry.badge?.show(viewOf(state, entry.waiting), failureText(entry.failure));
  }

  function badgeOf(element: Element, entry: Tracked): MountedBadge {
    return createBadge(doc, {
      statuses: statusesFor(entry.media),
      add: (status) => void adding.add(element, status),
    });
  }

  async function ask(elements: Element[]): Promise<void> {
    for (let start = 0; start < elements.length; start += MAX_LISTED_TITLES) {
      const chunk = elements.slice(start, start + MAX_LISTED_TITLES);
      const answer = await lookup(
        chunk.map((element) => lookupMedia(tracked.get(element)?.media as DetectedMedia)),
      );
      if (stopped) return;
      const fresh = chunk.filter((element) => element.isConnected && !tracked.get(element)?.badge);
      const badges = fresh.map((element) => {
        const entry = tracked.get(element) as Tracked;
        entry.badge = badgeOf(element, entry);
        byHost.set(entry.badge.host, entry.badge);
        return entry.badge;
      });
      const isFresh = new Set(fresh);
      chunk.forEach((element, position) => {
        const entry = tracked.get(element);
        if (!entry?.badge || entry.adding) return;
        // A failed ask keeps what a badge showed; a new one offers its "+" until the next answer.
        if (answer.ok) show(entry, answer.value[position] ?? null);
        else if (isFresh.has(element)) show(entry, null);
      });
      // The hosts go in together, complete: the order and timing of insertion say nothing either.
      fresh.forEach((element, nth) => {
        element.after((badges[nth] as MountedBadge).host);
      });
      paintThemes(fresh);
    }
  }

  /**
   * Each new badge takes the theme around its title in the next frame, before it is painted: a
   * style read right after the page was parsed would compute the whole page's style first, on the
   * way to the badges (bench/badges.bench.ts); the frame computes it anyway. All reads, then writes.
   */
  function paintThemes(elements: Element[]): void {
    frame(() => {
      if (stopped) return;
      const themes = themesOf(elements);
      elements.forEach((element, position) => {
        tracked.get(element)?.badge?.setTheme(themes[position] ?? 'light');
      });
    });
  }

  function scan(): void {
    for (const [element, entry] of tracked) {
      if (element.isConnected) continue;
      if (entry.badge) {
        entry.badge.remove();
        hover.forget(entry.badge);
      }
      tracked.delete(element);
    }
    const fresh: Element[] = [];
    for (const { element, media } of listedTitles(adapter, doc)) {
      if (tracked.has(element)) continue;
      tracked.set(element, { media, state: null });
      rows.set(rowOf(element), element);
      fresh.push(element);
    }
    if (fresh.length === 0) return;
    void ask(fresh);
    options.onFresh?.();
  }

  /** The badge of the entry whose row holds `target`, or the badge itself (a pointer on its "+"). */
  function badgeFor(target: Element): MountedBadge | null {
    const own = byHost.get(target);
    if (own) return own;
    for (let node: Element | null = target; node; node = node.parentElement) {
      const link = tracked.has(node) ? node : rows.get(node);
      if (link) return tracked.get(link)?.badge ?? null;
    }
    return null;
  }

  const adding = createListAdd(
    tracked,
    addTitle,
    (entry, state) => show(entry as Tracked, state),
    () => stopped,
  );
  const hover = followHover(doc, badgeFor);
  // The theme read at the first frame may predate the site's stylesheets, or its dark mode switch:
  // every badge reads it again when the page's look may have changed, as the control does.
  const following = new AbortController();
  followPageTheme(doc, () => paintThemes([...tracked.keys()]), following.signal);
  const batch = frameBatch(scan, frame);
  // Our own badges going in or out are no reason to look for new entries.
  const observer = new MutationObserver((records) => {
    if (records.some((record) => !onlyOurs(record))) batch.request();
  });
  observer.observe(doc.documentElement, { childList: true, subtree: true });
  scan();

  return {
    refresh() {
      // A corrected match or a sync may now know a title whose "+" failed: it gets its "+" back.
      for (const entry of tracked.values()) entry.failure = undefined;
      void ask([...tracked.keys()]).then(adding.followAdded);
    },
    setDimCompleted(next) {
      dim = next;
      for (const entry of tracked.values()) if (!entry.adding) show(entry, entry.state);
    },
    stop() {
      stopped = true;
      following.abort();
      hover.stop();
      batch.cancel();
      observer.disconnect();
      tracked.clear();
      removeAllBadges(doc);
    },
  };
}
