import { t } from '../lib/i18n';
import type { PlayerService } from '../lib/player/adapter';
import { SERVICE_NAMES } from '../lib/player/services';
import { releaseStorefronts } from '../lib/site-access/player-storefronts';
import { type Settings, trackingOf } from '../lib/store/settings';
import { HostAccessAnswer } from './HostAccessAnswer';
import { PlayerStorefronts } from './PlayerStorefronts';
import { usePlayerService } from './use-player-service';

interface PlayerServiceSwitchProps {
  service: Exclude<PlayerService, 'netflix'>;
  settings: Settings;
  update(patch: Partial<Settings>): void;
}

/**
 * A player-only service's "Track Disney+ playback" (docs/architecture.md, Player-only services): on only
 * while the user turned it on AND the browser grants the service's hosts. Turning it on asks the browser
 * for the hosts from the click; turning it off gives them back. The background follows both. Once on, a
 * service with storefronts (Prime Video's other Amazon hosts) offers each under it.
 */
export function PlayerServiceSwitch({ service, settings, update }: PlayerServiceSwitchProps) {
  const access = usePlayerService(service);
  const { granted, answer, request, release } = access;
  const wanted = trackingOf(settings, service) === 'on';
  const name = SERVICE_NAMES[service];
  const toggle = (on: boolean) => {
    // Only the one service's switch is written: the store merges trackServices.
    if (on) request(() => update({ trackServices: { [service]: true } }));
    else {
      // Everything goes off with it: its storefronts too, so turning it on again asks only its own hosts.
      update({ trackServices: { [service]: false }, storefronts: { [service]: [] } });
      release();
      void releaseStorefronts(service).catch(() => false);
    }
  };
  const on = wanted && granted === true;
  return (
    <>
      <label>
        <input
          type="checkbox"
          name={`track-${service}`}
          data-service={service}
          checked={on}
          disabled={granted === undefined || answer === 'asking'}
          onChange={(event) => toggle(event.currentTarget.checked)}
        />
        {t('optionsTrackService', name)}
      </label>
      <HostAccessAnswer access={access} wanted={wanted} name={name} mark={{ 'data-service': service }} />
      {on && <PlayerStorefronts service={service} settings={settings} update={update} />}
    </>
  );
}
