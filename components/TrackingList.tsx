import { useEffect, useState } from 'preact/hooks';
import { t } from '../lib/i18n';
import { sendIntent, type TrackingView } from '../lib/messaging';
import { playbackCode } from '../lib/player/playback-text';

function label({ media, progress }: TrackingView): string {
  const title = media.kind === 'episode' ? media.show?.title : media.title;
  const code = media.kind === 'episode' ? ` ${playbackCode(media)}` : '';
  return `${title ?? ''}${code} · ${Math.round(progress)} %`;
}

/** What the Netflix players are scrobbling, each with Don't track this (no watched mark). */
export function TrackingList() {
  const [tracking, setTracking] = useState<TrackingView[]>([]);
  useEffect(() => {
    void sendIntent('tracking', {}).then((answer) => answer.ok && setTracking(answer.value));
  }, []);
  if (tracking.length === 0) return null;
  const stop = (tabId: number) =>
    void sendIntent('stopTracking', { tabId }).then((answer) => answer.ok && setTracking(answer.value));
  return (
    <ul class="tracking" aria-label={t('optionsTrackNetflix')}>
      {tracking.map((view) => (
        <li key={view.tabId} data-tab={view.tabId}>
          <span>{t('popupTracking', label(view))}</span>{' '}
          <button type="button" data-action="dont-track" onClick={() => stop(view.tabId)}>
            {t('popupDontTrack')}
          </button>
        </li>
      ))}
    </ul>
  );
}
