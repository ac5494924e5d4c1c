import { useEffect } from 'preact/hooks';
import { AccountArea } from '../../components/AccountArea';
import { ItemPanel } from '../../components/ItemPanel';
import { Logo } from '../../components/Logo';
import { PendingWrites } from '../../components/PendingWrites';
import { PoweredBy } from '../../components/PoweredBy';
import { SearchBox } from '../../components/SearchBox';
import { useRevision } from '../../components/use-revision';
import { useTabMedia } from '../../components/use-tab-media';
import { sendIntent } from '../../lib/messaging';
import { t } from '../../lib/page/i18n';

/** The toolbar popup: the tab's title and what to do with it, the account, waiting writes. */
export function App() {
  const revision = useRevision();
  const media = useTabMedia();
  // Opening the popup is a moment the user looks: sync (design.md, "How data flows" §3).
  useEffect(() => {
    void sendIntent('syncNow', {});
  }, []);

  return (
    <div class="popup">
      <header class="bar">
        <Logo size={20} />
        <h1>{t('extName')}</h1>
      </header>
      <AccountArea revision={revision} />
      <main>
        {media === undefined && <p class="muted">{t('popupLoading')}</p>}
        {media && <ItemPanel media={media} revision={revision} />}
        {media === null && (
          <>
            <p class="muted">{t('popupNoTitle')}</p>
            <SearchBox />
          </>
        )}
      </main>
      <PendingWrites revision={revision} />
      <PoweredBy />
    </div>
  );
}
