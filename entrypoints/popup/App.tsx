import { useEffect, useState } from 'preact/hooks';
import { ItemPanel } from '../../components/ItemPanel';
import { Logo } from '../../components/Logo';
import { PopupTabs, type PopupView, panelId, tabId } from '../../components/PopupTabs';
import { PoweredBy } from '../../components/PoweredBy';
import { isPlayerUrl } from '../../components/player-url';
import {
  LazyAccountArea,
  LazyNetflixImport,
  LazyOptionalSiteNotice,
  LazyPendingWrites,
  LazySearchBox,
  LazySiteAccess,
  LazyTrackingList,
  LazyTroubleNotice,
  LazyUpcomingList,
  LazyUpNextList,
} from '../../components/popup-parts';
import { useRevision } from '../../components/use-revision';
import { useTabMedia } from '../../components/use-tab-media';
import { t } from '../../lib/i18n';
import { type Answer, type SyncView, sendIntent } from '../../lib/messaging';
import type { FirstReads } from '../../lib/popup/first-reads';

/** The toolbar popup: the tab's title and what to do with it, what airs next, the account, waiting writes. */
export function App({ first }: { first?: FirstReads }) {
  const revision = useRevision();
  const tab = useTabMedia(location.search, first?.tab);
  // `?view=upnext` opens on Up next (a link to it, the tests and the bench).
  const [view, setView] = useState<PopupView>(location.search.includes('view=upnext') ? 'upnext' : 'page');
  // The Upcoming list and Up next are read the first time they are shown, then kept.
  const [seen] = useState(() => new Set([view]));
  // Opening the popup is a moment the user looks: sync (docs/architecture.md, A sync). Only once
  // the tab's title is on screen, so that the sync's work in the background does not delay its answer.
  const [shown, setShown] = useState(false);
  // Its answer is the newest word on whether Simkl can be reached, for the notice at the top.
  const [synced, setSynced] = useState<Answer<SyncView>>();
  useEffect(() => {
    if (shown) void sendIntent('syncNow', {}).then(setSynced);
  }, [shown]);
  // What the first paint (the title and its list) does not need waits for it: those parts' code, its
  // evaluation and their questions to the background (which wake a sleeping worker) would compete with
  // it (docs/architecture.md, The popup). The parts above the title too: they show nothing on most
  // opens (site access granted, nothing tracked), or what only the background can answer (the account).
  const [painted, setPainted] = useState(false);
  useEffect(() => {
    if (tab && !tab.media) {
      setShown(true);
      setPainted(true);
    }
  }, [tab]);
  const select = (next: PopupView) => {
    setView(next);
    seen.add(next);
  };

  return (
    <div class="popup">
      <header class="bar">
        <Logo size={20} />
        <h1>{t('extName')}</h1>
      </header>
      {painted && (
        <>
          <LazyTroubleNotice revision={revision} synced={synced} />
          <LazySiteAccess />
          <LazyOptionalSiteNotice url={tab?.url} />
          <LazyAccountArea revision={revision} />
          <LazyTrackingList />
        </>
      )}
      <PopupTabs current={view} onSelect={select} />
      <main>
        <div role="tabpanel" id={panelId('page')} aria-labelledby={tabId('page')} hidden={view !== 'page'}>
          {tab === undefined && <p class="muted">{t('popupLoading')}</p>}
          {tab?.media && (
            <ItemPanel
              media={tab.media}
              revision={revision}
              canCheckIn={isPlayerUrl(tab.url)}
              onShown={() => setShown(true)}
              onPainted={() => setPainted(true)}
              early={first}
            />
          )}
          {tab && tab.media === null && (
            <>
              <p class="muted">{t('popupNoTitle')}</p>
              <LazySearchBox />
            </>
          )}
        </div>
        <div
          role="tabpanel"
          id={panelId('upnext')}
          aria-labelledby={tabId('upnext')}
          hidden={view !== 'upnext'}
        >
          {seen.has('upnext') && <LazyUpNextList revision={revision} />}
        </div>
        <div
          role="tabpanel"
          id={panelId('upcoming')}
          aria-labelledby={tabId('upcoming')}
          hidden={view !== 'upcoming'}
        >
          {seen.has('upcoming') && <LazyUpcomingList revision={revision} />}
        </div>
      </main>
      {painted && <LazyNetflixImport />}
      {painted && <LazyPendingWrites revision={revision} />}
      <PoweredBy />
    </div>
  );
}
