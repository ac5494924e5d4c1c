import { useEffect, useState } from 'preact/hooks';
import { AccountArea } from '../../components/AccountArea';
import { ItemPanel } from '../../components/ItemPanel';
import { Logo } from '../../components/Logo';
import { NetflixImport } from '../../components/NetflixImport';
import { OptionalSiteNotice } from '../../components/OptionalSiteNotice';
import { PendingWrites } from '../../components/PendingWrites';
import { PopupTabs, type PopupView, panelId, tabId } from '../../components/PopupTabs';
import { PoweredBy } from '../../components/PoweredBy';
import { isPlayerUrl } from '../../components/player-url';
import { SearchBox } from '../../components/SearchBox';
import { SiteAccess } from '../../components/SiteAccess';
import { TrackingList } from '../../components/TrackingList';
import { UpcomingList } from '../../components/UpcomingList';
import { useRevision } from '../../components/use-revision';
import { useTabMedia } from '../../components/use-tab-media';
import { t } from '../../lib/i18n';
import { sendIntent } from '../../lib/messaging';

/** The toolbar popup: the tab's title and what to do with it, what airs next, the account, waiting writes. */
export function App() {
  const revision = useRevision();
  const tab = useTabMedia();
  const [view, setView] = useState<PopupView>('page');
  // The Upcoming list is asked for the first time it is shown, then kept.
  const [upcomingSeen, setUpcomingSeen] = useState(false);
  // Opening the popup is a moment the user looks: sync (docs/architecture.md, A sync). Only once
  // the tab's title is on screen, so that the sync's work in the background does not delay its answer.
  const [shown, setShown] = useState(false);
  useEffect(() => {
    if (shown) void sendIntent('syncNow', {});
  }, [shown]);
  useEffect(() => {
    if (tab && !tab.media) setShown(true);
  }, [tab]);
  const select = (next: PopupView) => {
    setView(next);
    if (next === 'upcoming') setUpcomingSeen(true);
  };

  return (
    <div class="popup">
      <header class="bar">
        <Logo size={20} />
        <h1>{t('extName')}</h1>
      </header>
      <SiteAccess />
      <OptionalSiteNotice url={tab?.url} />
      <AccountArea revision={revision} />
      <TrackingList />
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
            />
          )}
          {tab && tab.media === null && (
            <>
              <p class="muted">{t('popupNoTitle')}</p>
              <SearchBox />
            </>
          )}
        </div>
        <div
          role="tabpanel"
          id={panelId('upcoming')}
          aria-labelledby={tabId('upcoming')}
          hidden={view !== 'upcoming'}
        >
          {upcomingSeen && <UpcomingList revision={revision} />}
        </div>
      </main>
      <NetflixImport />
      <PendingWrites revision={revision} />
      <PoweredBy />
    </div>
  );
}
