/**
 * The badges of a list page: every title the site's list part sees gets its state from the mirror, all
 * of a page's new titles in one message. Lists that grow (infinite scroll, SPA navigation, rows
 * loaded later) are rescanned once per animation frame while the DOM changes.
 */
import type { DetectedMedia } from '../media';
import { type Answer, type ListedState, MAX_LISTED_TITLES, sendIntent } from '../messaging';
import type { ListedTitle, SiteAdapter } from '../sites/adapter';
import { badgeText } from './badge-text';
import { frameBatch } from './frame-batch';
import { pageTheme } from './page-theme';
import { type MountedBadge, mountBadge, removeAllBadges } from './ui/mount-badge';

export type LookupStates = (titles: DetectedMedia[]) => Promise<Answer<Array<ListedState | null>>>;

export interface ListBadgeOptions {
  dimCompleted: boolean;
  lookup?: LookupStates;
  frame?: (callback: () => void) => unknown;
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
}

const DIM_OPACITY = '0.45';

/** Only what the lookup needs: a page's titles and years stay in the page. */
function lookupMedia({ site, ids, kind, show }: DetectedMedia): DetectedMedia {
  const media: DetectedMedia = { site, ids };
  if (kind) media.kind = kind;
  if (show) media.show = { ids: show.ids };
  return media;
}

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
  const tracked = new Map<Element, Tracked>();
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

  function show(element: Element, entry: Tracked, state: ListedState | null): void {
    const words = badgeText(state);
    if (!words) {
      entry.badge?.remove();
      entry.badge = undefined;
    } else {
      entry.badge ??= mountBadge(element, pageTheme(element.parentElement ?? element));
      entry.badge.set(words.text, words.label);
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
      chunk.forEach((element, position) => {
        const entry = tracked.get(element);
        if (entry) show(element, entry, answer.value[position] ?? null);
      });
    }
  }

  function scan(): void {
    for (const [element, entry] of tracked) {
      if (element.isConnected) continue;
      entry.badge?.remove();
      tracked.delete(element);
    }
    const fresh: Element[] = [];
    for (const { element, media } of listedTitles(adapter, doc)) {
      if (tracked.has(element)) continue;
      tracked.set(element, { media });
      fresh.push(element);
    }
    if (fresh.length > 0) void ask(fresh);
  }

  const batch = frameBatch(scan, options.frame);
  const observer = new MutationObserver(() => batch.request());
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
      batch.cancel();
      observer.disconnect();
      for (const [element, entry] of tracked) setDim(entry, element, false);
      tracked.clear();
      removeAllBadges(doc);
    },
  };
}
