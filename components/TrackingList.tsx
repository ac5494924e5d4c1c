import { useEffect, useState } from 'preact/hooks';
import { t } from '../lib/i18n';
import { sendIntent, type TrackingView } from '../lib/messaging';
import { playbackCode } from '../lib/player/playback-text';
import { LazyMatchSearch } from './MatchedAs';

/** The series' (or film's) title, the words Not this? searches for. */
const titleOf = ({ media }: TrackingView) =>
  (media.kind === 'episode' ? media.show?.title : media.title) ?? '';

/** "Simkl: Watching now · Frieren S1E5 · 43 %": the line the player shows, with the title. */
function label(view: TrackingView): string {
  const code = view.media.kind === 'episode' ? ` ${playbackCode(view.media)}` : '';
  return t('playbackWatching', [`${titleOf(view)}${code}`, Math.round(view.progress)]);
}

/** What the players are scrobbling, each with Not this? (the match search) and Don't track this (no watched mark). */
export function TrackingList() {
  const [tracking, setTracking] = useState<TrackingView[]>([]);
  const [matching, setMatching] = useState<number | null>(null);
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
          <span>{label(view)}</span>{' '}
          <button
            type="button"
            class="link"
            data-action="not-this"
            onClick={() => setMatching(matching === view.tabId ? null : view.tabId)}
          >
            {t('matchNotThis')}
          </button>{' '}
          <button type="button" data-action="dont-track" onClick={() => stop(view.tabId)}>
            {t('popupDontTrack')}
          </button>
          {matching === view.tabId && (
            // The choice is kept as the title's override: the scrobbler's next request names it.
            <LazyMatchSearch media={view.media} query={titleOf(view)} onChosen={() => setMatching(null)} />
          )}
        </li>
      ))}
    </ul>
  );
}
