import { PLAYER_ONLY_SERVICE_HOSTS } from '../lib/hosts';
import { t, uiLocale } from '../lib/i18n';
import type { PlayerService } from '../lib/player/adapter';
import { PLAYABLE_SERVICES, SERVICE_NAMES } from '../lib/player/services';
import {
  MAX_WATCHED_AT_PERCENT,
  MIN_WATCHED_AT_PERCENT,
  trackingOf,
  trackingPatch,
} from '../lib/store/settings';
import { PlayerServiceSwitch } from './PlayerServiceSwitch';
import type { SettingsSectionProps } from './SignInSettings';

/** Netflix keeps its own words; every other service is named in one sentence. */
const switchLabel = (service: PlayerService) =>
  service === 'netflix' ? t('optionsTrackNetflix') : t('optionsTrackService', SERVICE_NAMES[service]);

/** Which services' playback is scrobbled, and the share at which a playback counts as watched. */
export function PlaybackSettings({ settings, update }: SettingsSectionProps) {
  return (
    <section aria-labelledby="playback-heading">
      <h2 id="playback-heading">{t('optionsPlaybackHeading')}</h2>
      {PLAYABLE_SERVICES.map((service) =>
        // A player-only service's switch also asks for its hosts (docs/architecture.md, Player-only services).
        service !== 'netflix' && service in PLAYER_ONLY_SERVICE_HOSTS ? (
          <PlayerServiceSwitch key={service} service={service} settings={settings} update={update} />
        ) : (
          <label key={service}>
            <input
              type="checkbox"
              name={`track-${service}`}
              data-service={service}
              checked={trackingOf(settings, service) === 'on'}
              onChange={(event) => update(trackingPatch(settings, service, event.currentTarget.checked))}
            />
            {switchLabel(service)}
          </label>
        ),
      )}
      <label>
        {t('optionsWatchedAt')}{' '}
        <select
          name="watched-at"
          value={String(settings.watchedAtPercent)}
          onChange={(event) => update({ watchedAtPercent: Number(event.currentTarget.value) })}
        >
          {percentSteps().map((percent) => (
            <option key={percent} value={String(percent)}>
              {percentText(percent)}
            </option>
          ))}
        </select>
      </label>
    </section>
  );
}

/** "80 %" as the reader's language writes a share. */
const percentText = (percent: number) =>
  new Intl.NumberFormat(uiLocale(), { style: 'percent' }).format(percent / 100);

/** 70, 75 … 95: the thresholds offered. */
function percentSteps(): number[] {
  const steps: number[] = [];
  for (let percent = MIN_WATCHED_AT_PERCENT; percent <= MAX_WATCHED_AT_PERCENT; percent += 5)
    steps.push(percent);
  return steps;
}
