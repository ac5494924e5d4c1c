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

/**
 * The options page, in the order a newcomer meets it (docs/architecture.md, The options page): the
 * account, what the extension does on the sites, tracking and alerts, sync, the user's own data,
 * shortcuts; then what few people need (the sign-in method and client id, the caches) folded away
 * under "Advanced". Each group is a `data-group` for the tests. Changes save at once.
 */
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
      <div class="group" data-group="account">
        <section aria-labelledby="account-heading">
          <h2 id="account-heading">{t('accountHeading')}</h2>
          <AccountArea revision={revision} />
        </section>
      </div>
      <div class="group" data-group="sites">
        {section && <SiteSettings {...section} />}
        <SiteAccess always />
        <MoreSites />
        {section && <BadgeSettings {...section} />}
      </div>
      <div class="group" data-group="tracking">
        {section && <PlaybackSettings {...section} />}
        <SelfHostedServers />
        <NetflixImport />
        <AlertSettings />
        {section && <BehaviourSettings {...section} />}
      </div>
      <div class="group" data-group="sync">
        {section && <SyncSettings {...section} />}
      </div>
      <div class="group" data-group="data">
        <MatchOverrides revision={revision} />
        <ExportData />
      </div>
      <div class="group" data-group="shortcuts">
        <ShortcutSettings />
      </div>
      <details class="group advanced" data-group="advanced">
        <summary>{t('optionsAdvanced')}</summary>
        <p class="muted">{t('optionsAdvancedHelp')}</p>
        {section && <SignInSettings {...section} />}
        <CacheSettings />
      </details>
      <PoweredBy />
    </main>
  );
}
