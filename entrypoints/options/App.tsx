import { AccountArea } from '../../components/AccountArea';
import { AlertSettings } from '../../components/AlertSettings';
import { BadgeSettings } from '../../components/BadgeSettings';
import { BehaviourSettings } from '../../components/BehaviourSettings';
import { CacheSettings } from '../../components/CacheSettings';
import { ExportData } from '../../components/ExportData';
import { Logo } from '../../components/Logo';
import { MatchOverrides } from '../../components/MatchOverrides';
import { MoreSites } from '../../components/MoreSites';
import { NetflixImport } from '../../components/NetflixImport';
import { PlaybackSettings } from '../../components/PlaybackSettings';
import { PoweredBy } from '../../components/PoweredBy';
import { SelfHostedServers } from '../../components/SelfHostedServers';
import { ShortcutSettings } from '../../components/ShortcutSettings';
import { SignInSettings } from '../../components/SignInSettings';
import { SiteAccess } from '../../components/SiteAccess';
import { SiteSettings } from '../../components/SiteSettings';
import { SyncSettings } from '../../components/SyncSettings';
import { useRevision } from '../../components/use-revision';
import { useSettings } from '../../components/use-settings';
import { t } from '../../lib/i18n';

/** The options page: account, sign-in method, sites and their access, behaviour, sync, shortcuts, caches, export. Changes save at once. */
export function App() {
  const revision = useRevision();
  const [settings, update] = useSettings();
  const section = settings && {
    settings,
    update: (patch: Parameters<typeof update>[0]) => void update(patch),
  };

  return (
    <main class="options">
      <header class="bar">
        <Logo size={24} />
        <h1>{t('optionsTitle')}</h1>
      </header>
      <section aria-labelledby="account-heading">
        <h2 id="account-heading">{t('accountHeading')}</h2>
        <AccountArea revision={revision} />
      </section>
      {section && (
        <>
          <SignInSettings {...section} />
          <SiteSettings {...section} />
          <SiteAccess always />
          <MoreSites />
          <BadgeSettings {...section} />
          <AlertSettings />
          <BehaviourSettings {...section} />
          <PlaybackSettings {...section} />
          <SelfHostedServers />
          <SyncSettings {...section} />
        </>
      )}
      <NetflixImport />
      <ShortcutSettings />
      <MatchOverrides revision={revision} />
      <CacheSettings />
      <ExportData />
      <PoweredBy />
    </main>
  );
}
