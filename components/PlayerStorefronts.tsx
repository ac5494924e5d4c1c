import { playerStorefronts } from '../lib/hosts';
import { t } from '../lib/i18n';
import type { Settings, TrackedService } from '../lib/store/settings';
import { HostAccessAnswer } from './HostAccessAnswer';
import { useStorefront } from './use-player-service';

interface StorefrontsProps {
  service: TrackedService;
  settings: Settings;
  update(patch: Partial<Settings>): void;
}

/**
 * "Also on Amazon's other storefronts" under a service's switch once it is on (docs/architecture.md,
 * Player-only services): one checkbox per storefront, each asking the browser for its own host alone.
 */
export function PlayerStorefronts({ service, settings, update }: StorefrontsProps) {
  const hosts = playerStorefronts(service);
  if (hosts.length === 0) return null;
  return (
    <fieldset data-storefronts={service}>
      <legend>{t('optionsStorefronts')}</legend>
      {hosts.map((host) => (
        <StorefrontBox key={host} service={service} host={host} settings={settings} update={update} />
      ))}
    </fieldset>
  );
}

/** One storefront: on only while the user turned it on AND the browser grants its host. */
function StorefrontBox({ service, host, settings, update }: StorefrontsProps & { host: string }) {
  const access = useStorefront(host);
  const { granted, answer, request, release } = access;
  const chosen = settings.storefronts[service] ?? [];
  const wanted = chosen.includes(host);
  const toggle = (on: boolean) => {
    // Only this service's list is written: the store merges storefronts per service.
    if (on)
      request(() => update({ storefronts: { [service]: [...chosen.filter((h) => h !== host), host] } }));
    else {
      update({ storefronts: { [service]: chosen.filter((h) => h !== host) } });
      release();
    }
  };
  return (
    <>
      <label>
        <input
          type="checkbox"
          name={`storefront-${host}`}
          data-storefront={host}
          checked={wanted && granted === true}
          disabled={granted === undefined || answer === 'asking'}
          onChange={(event) => toggle(event.currentTarget.checked)}
        />
        {host}
      </label>
      <HostAccessAnswer access={access} wanted={wanted} name={host} mark={{ 'data-storefront': host }} />
    </>
  );
}
