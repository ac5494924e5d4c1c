/**
 * The list badges' own content script runner, beside the control's (run-site-script.ts): a script
 * of its own per site keeps each under the content-script budget. It follows the site's switch and
 * the badges' switch, redraws on every revision of the mirror, and leaves nothing behind.
 */
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { SiteAdapter } from '../../sites/adapter';
import {
  onStoredSettingsChange,
  type PageSettings,
  readPageSettings,
  SETTINGS_KEY,
} from '../../store/page-settings';
import { mapLookup } from '../../title-index/decode';
import { createTitleIndexReader, isTitleIndexChange, TITLE_INDEX_KEYS } from '../../title-index/read';
import type { ListIdLearner } from '../learned-ids/id-learner';
import { watchLocation } from '../ui/location-watch';
import { isRevisionChange } from '../ui/revision';
import { indexedLookup } from './indexed-lookup';
import { type ListBadges, startListBadges } from './list-badges';
import type { SeasonRowsPart } from './season-rows';
import { storageSnapshot } from './storage-snapshot';

/** How often a missed history.pushState is looked for (location-watch.ts); only a prompt to look. */
const LOCATION_POLL_MS = 1_000;

/** Resolves once the document is parsed (at once if it is): a list part reads whole lists. */
function domReady(doc: Document): Promise<void> {
  if (doc.readyState !== 'loading') return Promise.resolve();
  return new Promise((resolve) => doc.addEventListener('DOMContentLoaded', () => resolve(), { once: true }));
}

export async function runListBadges(
  ctx: ContentScriptContext,
  adapter: Pick<SiteAdapter, 'id' | 'listed' | 'detect'>,
  /** For lists whose entries carry only the site's own id (lib/page/learned-ids/). */
  learner?: ListIdLearner,
  /** For sites whose lists can name the page's own episodes (season-rows.ts): their rows' ✓ marks. */
  withSeasonRows?: SeasonRowsPart,
): Promise<void> {
  const doc = document;
  // Started at document_start: the settings and the title index are read (in one read) while the
  // page is still parsing, so a complete list is badged without waiting for storage.
  const storage = storageSnapshot(browser.storage.local, [SETTINGS_KEY, ...TITLE_INDEX_KEYS]);
  const titleIndex = createTitleIndexReader(mapLookup, storage);
  const listed = () => adapter.listed?.(doc.location?.href ?? '', doc) ?? [];
  const lookup = learner
    ? learner.wrap(indexedLookup(titleIndex), listed, () => badges?.refresh())
    : indexedLookup(titleIndex);
  void titleIndex.read();
  const reading = storage.get(SETTINGS_KEY).then((stored) => readPageSettings(stored[SETTINGS_KEY]));
  let badges: ListBadges | null = null;
  const rows = withSeasonRows?.(doc, adapter);
  const list = rows ?? { listed: (href: string, page: Document) => adapter.listed?.(href, page) ?? [] };

  // Listening from the start: a change while the page parses must not leave the snapshot's answers.
  // The index is rewritten just after the revision moves: each redraws (from the index, one read).
  const onStorage = (changes: Record<string, unknown>, area: string) => {
    const moved = isTitleIndexChange(changes, area);
    if (area === 'local') storage.forget();
    if (moved) titleIndex.forget();
    if (!moved && !isRevisionChange(changes, area)) return;
    badges?.refresh();
    // A season list's ✓ follow the mirror too (an episode marked on another page, the sync).
    if (badges) rows?.mark();
  };
  browser.storage.onChanged.addListener(onStorage);
  ctx.onInvalidated(() => browser.storage.onChanged.removeListener(onStorage));
  // Settings that change while the page parses are newer than the first read's.
  let settings: PageSettings | undefined;
  let parsed = false;
  ctx.onInvalidated(
    onStoredSettingsChange(readPageSettings, (next, previous) => {
      settings = next;
      if (!parsed) return;
      sync();
      if (next.dimCompleted !== previous.dimCompleted) badges?.setDimCompleted(next.dimCompleted);
    }),
  );
  await domReady(doc);
  settings ??= await reading;
  parsed = true;

  function sync(): void {
    if (!settings) return;
    const wanted = !ctx.isInvalid && settings.sitesEnabled[adapter.id] && settings.listBadges[adapter.id];
    if (!wanted) {
      badges?.stop();
      badges = null;
      rows?.clear();
    } else if (!badges) {
      badges = startListBadges(doc, list, {
        dimCompleted: settings.dimCompleted,
        lookup,
        onFresh: rows?.mark,
      });
    }
  }

  // The URL may name the new season after its rows are drawn: look again once it does. Its poll also
  // stops an orphaned script (location-watch.ts), with or without season rows.
  watchLocation(ctx, () => badges && rows?.mark(), LOCATION_POLL_MS);
  ctx.onInvalidated(() => {
    badges?.stop();
    badges = null;
    rows?.clear();
  });
  sync();
}
