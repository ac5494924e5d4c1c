/**
 * Scrobbling on a service's player (docs/architecture.md, A playback): the engine over the service's
 * adapter, the user's setting, and what the control says. Asked once: the first playback while the
 * setting is 'ask' shows the question.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { t } from '../i18n';
import type { DetectedMedia } from '../media';
import type { RateOffer } from '../page/control/playback-line-types';
import type { SiteScript } from '../page/control/run-site-script';
import {
  getSettings,
  onSettingsChange,
  type Settings,
  trackingOf,
  trackingPatch,
  updateSettings,
} from '../store/settings';
import type { PlayerAdapter } from './adapter';
import { runPlayerEngine, type VideoSample } from './engine';
import { playbackCode, playbackText } from './playback-text';
import { createRateOffers } from './rate-offer';

export async function trackServicePlayer(
  ctx: ContentScriptContext,
  site: Pick<SiteScript, 'setPlayback'>,
  adapter: PlayerAdapter,
  /** For a service whose video plays in an iframe of another origin: the relayed samples (frame-relay.ts). */
  relayed?: (signal: AbortSignal) => () => VideoSample | null,
  /** How the line names what plays: the episode's code under a control, the series too on a player-only page. */
  codeOf?: (media: DetectedMedia) => string,
): Promise<void> {
  let settings: Settings = await getSettings();
  ctx.onInvalidated(
    onSettingsChange((next) => {
      settings = next;
    }),
  );
  const controller = new AbortController();
  ctx.onInvalidated(() => controller.abort());
  let asked = false;
  // "Yes" is answered at once: the line says tracking has begun while the first seconds of real
  // playback are counted (the start rule), instead of nothing.
  let starting = false;
  const ask = (yes: boolean) => {
    starting = yes;
    site.setPlayback(yes ? { text: t('playbackStarting') } : undefined);
    void updateSettings(trackingPatch(settings, adapter.service, yes));
  };
  const tracking = () => trackingOf(settings, adapter.service);
  // What plays could not be told (nowPlaying answered null): said, rather than a silent line.
  let unidentified = false;
  // Rate it sends over the engine's port (an offer begins only after the engine's first stop).
  const offers = createRateOffers((key, value) => engine.rate(key, value), codeOf ?? playbackCode);
  // The line object kept while its offer is the same one: the line redraws only on a change.
  let offered: { rate: RateOffer } | undefined;
  // One object, so the line is not redrawn every second while it says so.
  const unidentifiedLine = { text: t('playbackUnidentified'), find: () => engine.find() };
  const engine = runPlayerEngine({
    adapter,
    relayed: relayed?.(controller.signal),
    enabled: () => tracking() === 'on',
    onPlayback: () => {
      if (tracking() !== 'ask' || asked) return;
      asked = true;
      site.setPlayback({ ask });
    },
    onUnidentified: (now) => {
      unidentified = now;
    },
    onStop: (key, media, progress) => offers.stopped(key, media, progress, settings.watchedAtPercent),
    onRated: (rated) => offers.rated(rated),
    onStatus: (status) => {
      if (tracking() !== 'on') return;
      if (status?.phase === 'playing') offers.playing();
      const offer = offers.shown();
      if (offer) {
        if (offered?.rate !== offer) offered = { rate: offer };
        starting = false;
        site.setPlayback(offered);
        return;
      }
      if (!status && unidentified) {
        starting = false;
        site.setPlayback(unidentifiedLine);
        return;
      }
      if (starting && !status) return;
      starting = false;
      const text = status && playbackText(status, settings.watchedAtPercent, codeOf);
      site.setPlayback(text ? { text } : undefined);
    },
    signal: controller.signal,
  });
}
